package nl.naober.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** Percent-encoding as a careful client does it, and the few things it must be able to send that no client would. */
final class UrlText {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private UrlText() {}

    /**
     * Every byte but the unreserved characters as {@code %XX}, UTF-8; a lone surrogate as the three bytes a CESU-8
     * encoder would give it ({@code %ED%A0%80}), which are invalid UTF-8.
     */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (UNRESERVED.indexOf(c) >= 0) {
                encoded.append(c);
                continue;
            }
            byte[] bytes;
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                bytes = value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes = new byte[] {
                    (byte) (0xE0 | (c >> 12)), (byte) (0x80 | ((c >> 6) & 0x3F)), (byte) (0x80 | (c & 0x3F))
                };
            } else {
                bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            }
            for (byte b : bytes) {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }

    /** The path as a server might see it after decoding (up to three times), dropping {@code ;params} and dot segments. */
    static String normalised(String rawPath) {
        String path = rawPath;
        for (int i = 0; i < 3; i++) {
            path = decodeLeniently(path);
        }
        path = path.replace('\\', '/').replaceAll(";[^/]*", "");
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                segments.addLast(segment);
            }
        }
        return "/" + String.join("/", segments);
    }

    private static String decodeLeniently(String value) {
        StringBuilder decoded = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && isHex(value, i + 1)) {
                bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
                continue;
            }
            if (bytes.size() > 0) {
                decoded.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            decoded.append(c);
        }
        if (bytes.size() > 0) {
            decoded.append(bytes.toString(StandardCharsets.UTF_8));
        }
        return decoded.toString();
    }

    private static boolean isHex(String value, int at) {
        return at + 1 < value.length()
                && Character.digit(value.charAt(at), 16) >= 0
                && Character.digit(value.charAt(at + 1), 16) >= 0;
    }
}
