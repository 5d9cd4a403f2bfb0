package nl.naober.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * JSON text written by hand, byte for byte: Jackson cannot write what the fuzzer needs to send (a lone surrogate, a
 * token such as {@code NaN}, invalid UTF-8, 10,000 levels of nesting).
 */
final class RawJson {

    private RawJson() {}

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A JSON string literal. Control characters and lone surrogates are escaped ({@code \u0000}, {@code \uD800}): the
     * parser then builds exactly that Java string. Everything else, 4-byte emoji included, goes as UTF-8.
     */
    static String quote(String value) {
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
                json.append(c).append(value.charAt(++i));
            } else if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04X", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    /** {@code [[[...]]]}: deeper than any JSON parser should follow. */
    static String deepArray(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** {@code {"a":{"a":...}}}. */
    static String deepObject(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** For a failure message: the bytes as text, invalid UTF-8 shown as U+FFFD, cut to {@code max} characters. */
    static String shown(byte[] bytes, int max) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.length() <= max ? text : text.substring(0, max) + "… (" + bytes.length + " bytes)";
    }
}
