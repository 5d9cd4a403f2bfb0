package nl.naober.web.problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.naober.support.Http;

/**
 * One request as bytes on a socket: {@code java.net.http} refuses to send a malformed target ({@code %E0%A4%A}) or a
 * Content-Type of {@code *}{@code /*}, which is exactly what these tests must send.
 */
record RawRequest(int status, String head, String body) {

    static RawRequest send(int port, String method, String target, String user, String contentType, String body) {
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nConnection: close\r\nAccept: */*\r\n");
        if (user != null) {
            request.append("Authorization: ").append(Http.basic(user)).append("\r\n");
        }
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            return new RawRequest(
                    Integer.parseInt(text.substring(9, 12)), text.substring(0, end), text.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String contentType() {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                return line.substring(13).strip();
            }
        }
        return null;
    }
}
