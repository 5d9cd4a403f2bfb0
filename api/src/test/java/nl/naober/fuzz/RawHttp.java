package nl.naober.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one connection per request: {@code java.net.http} refuses to send what the fuzzer
 * must send (a malformed request target, no Content-Type on a POST, a body in any bytes).
 *
 * <p>Every request leaves from 127.0.0.2, an address of its own on the loopback network: the public registration's
 * rate limit counts per client address, and the other tests, who share this application, come from 127.0.0.1.
 */
final class RawHttp {

    /** The answer; {@code status} 0 when there was none (the connection closed or timed out). */
    record Answer(int status, Map<String, String> headers, String body, String error) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    static final String CLIENT_ADDRESS = "127.0.0.2";
    private static final int TIMEOUT_MILLIS = 60_000;

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    Answer send(FuzzInput input) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(CLIENT_ADDRESS), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head(input));
                if (input.body() != null) {
                    out.write(input.body());
                }
                out.flush();
            } catch (IOException refusedMidway) {
                // The server may answer and close before it has read a large body; its answer still counts.
            }
            return parse(readAll(socket.getInputStream()));
        } catch (SocketTimeoutException e) {
            return new Answer(0, Map.of(), "", "no answer within " + TIMEOUT_MILLIS / 1000 + " s");
        } catch (IOException e) {
            return new Answer(0, Map.of(), "", e.toString());
        }
    }

    private byte[] head(FuzzInput input) {
        StringBuilder head = new StringBuilder()
                .append(input.method())
                .append(' ')
                .append(input.path())
                .append(" HTTP/1.1\r\n")
                .append("Host: localhost:")
                .append(port)
                .append("\r\n")
                .append("Accept: */*\r\n")
                .append("Connection: close\r\n")
                // Honoured only where forwarded headers are trusted: an address of the documentation range.
                .append("X-Forwarded-For: 192.0.2.77\r\n");
        if (input.username() != null) {
            String credentials = input.username() + ":" + nl.naober.support.Http.DEMO_PASSWORD;
            head.append("Authorization: Basic ")
                    .append(Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                    .append("\r\n");
        }
        if (input.contentType() != null) {
            head.append("Content-Type: ").append(input.contentType()).append("\r\n");
        }
        if (input.body() != null) {
            head.append("Content-Length: ").append(input.body().length).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int n;
        try {
            while ((n = in.read(buffer)) >= 0) {
                all.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            if (all.size() == 0) {
                throw reset;
            }
        }
        return all.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            return new Answer(0, Map.of(), text, "not an HTTP response (" + raw.length + " bytes)");
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), null);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at);
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            body.write(chunked, start, Math.min(size, chunked.length - start));
            at = start + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
