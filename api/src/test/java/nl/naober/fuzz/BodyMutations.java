package nl.naober.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.naober.fuzz.HostileRequests.Parts;
import nl.naober.fuzz.ValidBody.Slot;

/** Whole-body mutations: garbage instead of JSON, a wrong content type around a valid body, invalid UTF-8. */
final class BodyMutations {

    private BodyMutations() {}

    /** Not JSON, not an object, too deep, or JSON with what only a lenient parser takes (comments, trailing text). */
    static void garbage(ApiOperation operation, ValidBody body, Parts parts, Draw draw) {
        String valid = body.text();
        List<Map.Entry<String, String>> garbage = new ArrayList<>(List.of(
                Map.entry("empty", ""),
                Map.entry("not JSON", "not json"),
                Map.entry("not JSON", HostileValues.SCRIPT),
                Map.entry("truncated", valid.substring(0, valid.length() / 2)),
                Map.entry("unclosed", "{"),
                Map.entry("unbalanced", "{]"),
                Map.entry("single quotes", valid.replace('"', '\'')),
                Map.entry("unquoted names", valid.replaceAll("\"([A-Za-z]+)\":", "$1:")),
                Map.entry("a string", "\"" + "x" + "\""),
                Map.entry("a number", "42"),
                Map.entry("null", "null"),
                Map.entry("true", "true"),
                Map.entry("an array", "[]"),
                Map.entry("lenient: body in an array", "[" + valid + "]"),
                Map.entry("deep array", RawJson.deepArray(HostileValues.DEEP)),
                Map.entry("deep object", RawJson.deepObject(HostileValues.DEEP)),
                Map.entry("lenient: trailing text", valid + " trailing"),
                Map.entry("lenient: two bodies", valid + valid),
                Map.entry("lenient: comment", "/* fuzz */" + valid),
                Map.entry("NUL byte", "\u0000" + valid),
                Map.entry("whitespace then nothing", " ".repeat(HostileValues.HUGE))));
        if (!Schemas.required(operation.body()).isEmpty()) {
            garbage.add(Map.entry("empty object, required fields missing", "{}"));
        }
        Map.Entry<String, String> chosen = draw.oneOf(garbage);
        parts.kind = "body " + chosen.getKey();
        parts.ownBody = RawJson.utf8(chosen.getValue());
    }

    /**
     * The valid body (or its form or XML twin) under a content type the operation does not take. Not among them:
     * {@code charset=UTF-16} on application/json (RFC 8259 gives the type no charset, and JSON is UTF-8, so the body
     * is read as what it is) and {@code application/*+json}, which is JSON.
     */
    static void contentType(ValidBody body, Parts parts, Draw draw) {
        String valid = body.text();
        List<String[]> types = List.of(
                new String[] {"text/plain", valid},
                new String[] {"application/xml", "<body><parentName>Fuzz</parentName></body>"},
                new String[] {"application/x-www-form-urlencoded", "parentName=Fuzz&version=0&target=ACTIVE"},
                new String[] {
                    "multipart/form-data; boundary=fuzz",
                    "--fuzz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n" + valid + "\r\n--fuzz--\r\n"
                },
                new String[] {"application/octet-stream", valid},
                new String[] {"text/html", valid},
                new String[] {"application/json; charset=nonsense", valid},
                new String[] {"no content type", valid},
                new String[] {"*/*", valid},
                new String[] {HostileValues.SCRIPT, valid});
        String[] chosen = draw.oneOf(types);
        parts.kind = "content type " + chosen[0];
        parts.contentType = chosen[0].equals("no content type") ? null : chosen[0];
        parts.ownBody = RawJson.utf8(chosen[1]);
        // RFC 8259 gives application/json no charset: one that ignores a nonsense charset is within its rights.
        parts.mayBeAccepted = chosen[0].contains("charset=");
    }

    /** Bytes that are not UTF-8 inside a string value of the otherwise valid body (or as a whole value). */
    static void invalidUtf8(ValidBody body, Parts parts, Draw draw) {
        byte[][] invalid = {
            {(byte) 0xC3, 0x28},
            {(byte) 0xFF},
            {(byte) 0xFE, (byte) 0xFF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}
        };
        byte[] bad = invalid[draw.below(invalid.length)];
        List<Slot> strings = body.slots().stream()
                .filter(slot -> Schemas.type(slot.schema()).equals("string"))
                .toList();
        Slot slot = draw.oneOf(strings.isEmpty() ? body.slots() : strings);
        parts.kind = "field " + slot.name() + ": invalid UTF-8";
        parts.replaced.put(slot, RawJson.concat(RawJson.utf8("\"Fuzz"), bad, RawJson.utf8("Tekst\"")));
    }
}
