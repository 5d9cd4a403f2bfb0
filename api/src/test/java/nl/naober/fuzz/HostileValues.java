package nl.naober.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import tools.jackson.databind.JsonNode;

/**
 * Hostile values for one field, by what its schema says it is: each one invalid for that schema (wrong type, out of
 * range, not in the enum, not a date, against the pattern, too long), or text no person types (NUL, a lone
 * surrogate). Injection strings and unicode edge cases are hostile where a pattern, enum, date or id forbids them;
 * in free text they are legitimate (O'Brien, Zoë) and only ride along with another invalidity
 * ({@link #decoration()}).
 */
final class HostileValues {

    static final String SCRIPT = "<script>alert(1)</script>";

    static final List<String> INJECTIONS = List.of(
            SCRIPT,
            "' OR 1=1 --",
            "'; DROP TABLE family; --",
            "{{7*7}}",
            "${7*7}",
            "#{7*7}",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "../../../../etc/passwd",
            "%00",
            "\\",
            "%_\\");

    static final List<String> UNICODE = List.of(
            "\u0000",
            "\u202E",
            "e\u0301\u0301\u0301",
            "\uD83D\uDE00",
            "\uD800",
            "\uDFFF",
            "\uFEFF",
            "\u200B",
            "\uFF17\uFF19\uFF10\uFF11", // fullwidth digits 7901
            "\u0667\u0669\u0660\u0661", // Arabic-Indic digits 7901
            "\u0130",
            "\u2028",
            "\uFFFF");

    static final int HUGE = 100_000;
    static final int DEEP = 10_000;

    private static final String LONG_MAX_PLUS_ONE = "9223372036854775808";
    private static final String LONG_MIN_MINUS_ONE = "-9223372036854775809";

    private final Schemas schemas;

    HostileValues(Schemas schemas) {
        this.schemas = schemas;
    }

    /** Hostile values for a field of this schema; {@code required} adds {@code null}. */
    Arbitrary<Hostile> forField(JsonNode schema, boolean required) {
        JsonNode resolved = schemas.resolve(schema);
        List<Arbitrary<Hostile>> options = new ArrayList<>(byType(resolved));
        options.add(Arbitraries.of(
                Hostile.of("deep nesting", RawJson.deepArray(DEEP)),
                Hostile.of("invalid JSON token", "NaN"),
                Hostile.of("invalid JSON token", "undefined"),
                Hostile.of("invalid JSON token", "'single'")));
        if (required) {
            options.add(Arbitraries.just(Hostile.of("null for required", "null")));
        }
        return Arbitraries.oneOf(options);
    }

    /** Strings that are fine in free text but test escaping and storage: sent alongside another invalidity. */
    static Arbitrary<String> decoration() {
        return Arbitraries.of(concat(INJECTIONS, UNICODE))
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(parts -> String.join("", parts));
    }

    private List<Arbitrary<Hostile>> byType(JsonNode schema) {
        String type = Schemas.type(schema);
        return switch (type) {
            case "string" -> strings(schema);
            case "integer" -> List.of(integers(schema), notNumbers(), wrongType(true, false, true, true));
            case "number" -> List.of(decimals(schema), notNumbers(), wrongType(true, false, true, true));
            case "boolean" -> List.of(booleans(), wrongType(false, true, true, true));
            case "array" -> List.of(arrays(schema));
            default -> List.of(objects(schema));
        };
    }

    private List<Arbitrary<Hostile>> strings(JsonNode schema) {
        List<String> enumValues = Schemas.enumValues(schema);
        String format = Schemas.format(schema);
        List<Arbitrary<Hostile>> options = new ArrayList<>();
        options.add(wrongType(false, false, true, true));
        options.add(lenientScalarsForString(format));
        options.add(badText());
        if (!enumValues.isEmpty()) {
            options.add(notInEnum(enumValues));
        } else if (format.equals("date")) {
            options.add(badDates());
        } else if (format.equals("uuid")) {
            options.add(badUuids());
        } else if (format.equals("email")) {
            options.add(badEmails());
        } else if (schema.has("pattern")) {
            options.add(againstPattern(Pattern.compile(schema.get("pattern").asString())));
        }
        if (Schemas.hasNumber(schema, "maxLength")) {
            options.add(tooLong(schema.get("maxLength").asInt()));
        }
        return options;
    }

    /** Numbers and booleans where a string belongs: only a lenient parser turns them into text. */
    private static Arbitrary<Hostile> lenientScalarsForString(String format) {
        String as = format.isEmpty() ? "string" : format;
        return Arbitraries.of(
                Hostile.of("lenient: number as " + as, "123"),
                Hostile.of("lenient: number as " + as, "1.5e3"),
                Hostile.of("lenient: boolean as " + as, "true"));
    }

    /** Text no person types: a NUL or a lone surrogate, inside otherwise plausible text. */
    private static Arbitrary<Hostile> badText() {
        return Arbitraries.of("\u0000", "\uD800", "\uDFFF", "\uD800\u0000")
                .map(bad -> Hostile.string(bad.contains("\u0000") ? "NUL" : "lone surrogate", "Fuzz" + bad + "Tekst"));
    }

    private static Arbitrary<Hostile> notInEnum(List<String> values) {
        List<Hostile> hostile = new ArrayList<>();
        String first = values.get(0);
        for (String token : concat(INJECTIONS, UNICODE)) {
            hostile.add(Hostile.string("not in enum", token));
        }
        if (!first.toLowerCase(Locale.ROOT).equals(first)) {
            hostile.add(Hostile.string("not in enum: other case", first.toLowerCase(Locale.ROOT)));
        }
        hostile.add(Hostile.string("not in enum: padded", " " + first));
        hostile.add(Hostile.string("not in enum: padded", first + "\u0000"));
        hostile.add(Hostile.string("not in enum: padded", first + "\u202E"));
        hostile.add(Hostile.string("not in enum", "NOT_A_VALUE"));
        hostile.add(Hostile.string("lenient: empty string as null", ""));
        hostile.add(Hostile.of("lenient: enum by index", "0"));
        hostile.add(Hostile.string("lenient: enum by index", "1"));
        hostile.add(Hostile.of("wrong type: array of the value", "[" + RawJson.quote(first) + "]"));
        hostile.add(Hostile.string("too long", "A".repeat(HUGE)));
        return Arbitraries.of(hostile);
    }

    private static Arbitrary<Hostile> badDates() {
        List<Hostile> hostile = new ArrayList<>();
        for (String date : List.of(
                "2026-02-30",
                "2026-13-01",
                "2026-00-10",
                "2026-01-32",
                "26-01-15",
                "2026/01/15",
                "15-01-2026",
                "2026-1-5",
                "20260115",
                "2026-01-15 00:00",
                "yesterday",
                "2026-01-15\u0000",
                "\uFF12\uFF10\uFF12\uFF16-01-15")) {
            hostile.add(Hostile.string("invalid date", date));
        }
        for (String date :
                List.of("0000-01-01", "+999999999-12-31", "-999999999-01-01", "+10000-01-01", "-0001-12-31")) {
            hostile.add(Hostile.string("extreme date", date));
        }
        for (String token : INJECTIONS) {
            hostile.add(Hostile.string("invalid date", token));
        }
        hostile.add(Hostile.of("lenient: number as date", "0"));
        hostile.add(Hostile.of("lenient: number as date", "20260115"));
        hostile.add(Hostile.of("lenient: number as date", "-1"));
        hostile.add(Hostile.string("lenient: instant as date", "2026-01-15T00:00:00Z"));
        hostile.add(Hostile.string("lenient: empty string as null", ""));
        return Arbitraries.of(hostile);
    }

    private static Arbitrary<Hostile> badUuids() {
        List<Hostile> hostile = new ArrayList<>();
        for (String id : List.of(
                "not-a-uuid",
                "123",
                "00000000-0000-0000-0000-00000000000g",
                "6f1c2a9e-3b7d-4c1a-9e2f-8d4b5a6c7e8f0",
                "6f1c2a9e3b7d4c1a9e2f8d4b5a6c7e8f",
                "{6f1c2a9e-3b7d-4c1a-9e2f-8d4b5a6c7e8f}",
                "6f1c2a9e-3b7d-4c1a-9e2f-8d4b5a6c7e8\u0000",
                "X".repeat(HUGE))) {
            hostile.add(Hostile.string("not a uuid", id));
        }
        for (String token : INJECTIONS) {
            hostile.add(Hostile.string("not a uuid", token));
        }
        hostile.add(Hostile.string("lenient: empty string as null", ""));
        return Arbitraries.of(hostile);
    }

    private static Arbitrary<Hostile> badEmails() {
        List<Hostile> hostile = new ArrayList<>();
        for (String email :
                List.of("not-an-email", "a@", "@example.org", "a@@example.org", "a b@example.org", "a@exa mple.org")) {
            hostile.add(Hostile.string("not an email", email));
        }
        for (String token : INJECTIONS) {
            hostile.add(Hostile.string("not an email", token));
        }
        hostile.add(Hostile.string("too long", "a".repeat(300) + "@example.org"));
        return Arbitraries.of(hostile);
    }

    /** Injection strings and unicode edge cases, alone or after a valid-looking start, that the pattern refuses. */
    private static Arbitrary<Hostile> againstPattern(Pattern pattern) {
        Arbitrary<String> tokens = Arbitraries.of(concat(INJECTIONS, UNICODE));
        return Arbitraries.oneOf(
                        tokens,
                        tokens.map(token -> "7901 AA" + token),
                        tokens.map(token -> "12345678" + token),
                        Arbitraries.just(""),
                        Arbitraries.just(" "))
                .filter(value -> !pattern.matcher(value).matches())
                .map(value -> Hostile.string("against the pattern", value));
    }

    private static Arbitrary<Hostile> tooLong(int maxLength) {
        return Arbitraries.of(
                Hostile.string("too long", "x".repeat(maxLength + 1)),
                Hostile.string("too long", "x".repeat(HUGE)),
                Hostile.string("too long", "\uD83D\uDE00".repeat(maxLength / 2 + 1)),
                Hostile.string("too long", "e\u0301".repeat(maxLength / 2 + 1)));
    }

    private static Arbitrary<Hostile> integers(JsonNode schema) {
        List<Hostile> hostile = new ArrayList<>(outOfRange(schema));
        boolean int32 = Schemas.format(schema).equals("int32");
        hostile.add(Hostile.of("out of range", int32 ? "2147483648" : LONG_MAX_PLUS_ONE));
        hostile.add(Hostile.of("out of range", int32 ? "-2147483649" : LONG_MIN_MINUS_ONE));
        hostile.add(Hostile.of("out of range", LONG_MAX_PLUS_ONE));
        hostile.add(Hostile.of("out of range", "1e308"));
        hostile.add(Hostile.of("out of range", "-1e308"));
        hostile.add(Hostile.of("out of range", "1e400"));
        hostile.add(Hostile.of("lenient: fraction as integer", "1.5"));
        hostile.add(Hostile.of("lenient: numeric string", RawJson.quote("1")));
        return Arbitraries.of(hostile);
    }

    private static Arbitrary<Hostile> decimals(JsonNode schema) {
        List<Hostile> hostile = new ArrayList<>(outOfRange(schema));
        hostile.add(Hostile.of("extreme number", "1e308"));
        hostile.add(Hostile.of("extreme number", "-1e308"));
        hostile.add(Hostile.of("extreme number", "1e400"));
        hostile.add(Hostile.string("not a number", "NaN"));
        hostile.add(Hostile.string("not a number", "Infinity"));
        hostile.add(Hostile.of("lenient: numeric string", RawJson.quote("12.5")));
        return Arbitraries.of(hostile);
    }

    /** Just outside the declared bounds, and -1 wherever the minimum is 0 or more. */
    private static List<Hostile> outOfRange(JsonNode schema) {
        List<Hostile> hostile = new ArrayList<>();
        if (Schemas.hasNumber(schema, "minimum")) {
            double minimum = schema.get("minimum").asDouble();
            hostile.add(Hostile.of("out of range", number(minimum - 1)));
            if (minimum >= 0) {
                hostile.add(Hostile.of("out of range", "-1"));
            }
            if (minimum > 0 && minimum < 1) {
                hostile.add(Hostile.of("out of range", "0"));
            }
        }
        if (Schemas.hasNumber(schema, "maximum")) {
            hostile.add(Hostile.of("out of range", number(schema.get("maximum").asDouble() + 1)));
        }
        return hostile;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** Not a number at all, and number syntax that JSON does not have. */
    private static Arbitrary<Hostile> notNumbers() {
        return Arbitraries.of(
                Hostile.string("not a number", "abc"),
                Hostile.string("not a number", "0x10"),
                Hostile.string("not a number", "1,5"),
                Hostile.string("lenient: empty string as null", ""),
                Hostile.of("invalid JSON number", "0x10"),
                Hostile.of("invalid JSON number", "01"),
                Hostile.of("invalid JSON number", "+1"),
                Hostile.of("invalid JSON number", ".5"),
                Hostile.of("invalid JSON number", "1."),
                Hostile.of("invalid JSON number", "Infinity"),
                Hostile.of("invalid JSON number", "-Infinity"));
    }

    private static Arbitrary<Hostile> booleans() {
        return Arbitraries.of(
                Hostile.of("lenient: string as boolean", RawJson.quote("true")),
                Hostile.of("lenient: number as boolean", "1"),
                Hostile.of("lenient: number as boolean", "0"),
                Hostile.string("not a boolean", "yes"),
                Hostile.string("not a boolean", "waar"),
                Hostile.string("lenient: empty string as null", ""),
                Hostile.of("invalid JSON token", "True"));
    }

    private Arbitrary<Hostile> arrays(JsonNode schema) {
        JsonNode items = schemas.resolve(schema.path("items"));
        String item = ValidValues.sampleJson(items, schemas);
        List<Hostile> hostile = new ArrayList<>();
        hostile.add(Hostile.of("wrong type: single value for an array", item));
        hostile.add(Hostile.of("wrong type: object for an array", "{}"));
        hostile.add(Hostile.string("wrong type: string for an array", "x"));
        hostile.add(Hostile.of("null item", "[null]"));
        hostile.add(Hostile.of("null item", "[" + item + ",null]"));
        hostile.add(Hostile.of("deep nesting", RawJson.deepArray(DEEP)));
        String wrongItem = Schemas.type(items).equals("string") ? "{}" : RawJson.quote("x");
        hostile.add(Hostile.of("huge array", "[" + (wrongItem + ",").repeat(HUGE - 1) + wrongItem + "]"));
        if (Schemas.hasNumber(schema, "maxItems") && !schema.path("uniqueItems").asBoolean(false)) {
            int count = schema.get("maxItems").asInt() + 1;
            hostile.add(Hostile.of("too many items", "[" + (item + ",").repeat(count - 1) + item + "]"));
        }
        List<Arbitrary<Hostile>> options = new ArrayList<>();
        options.add(Arbitraries.of(hostile));
        // One item hostile in its own way (a bad enum value, a bad child), after a valid one.
        options.add(forField(items, false)
                .map(bad -> new Hostile(
                        "item: " + bad.kind(),
                        RawJson.concat(RawJson.utf8("[" + item + ","), bad.json(), RawJson.utf8("]")))));
        return Arbitraries.oneOf(options);
    }

    private Arbitrary<Hostile> objects(JsonNode schema) {
        List<Hostile> hostile = new ArrayList<>();
        hostile.add(Hostile.of("wrong type: array for an object", "[]"));
        hostile.add(Hostile.string("wrong type: string for an object", "x"));
        hostile.add(Hostile.of("wrong type: number for an object", "1"));
        hostile.add(Hostile.of("deep nesting", RawJson.deepObject(DEEP)));
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject()) {
            // A map keyed by an enum in the code (budget categories): an unknown key, a non-number value.
            hostile.add(Hostile.of("map: unknown key", "{" + RawJson.quote(SCRIPT) + ":1}"));
            hostile.add(Hostile.of("map: not a number", "{\"COORDINATION\":\"abc\"}"));
        }
        return Arbitraries.of(hostile);
    }

    /** Values of the wrong JSON type; which ones depends on what the field is. */
    private static Arbitrary<Hostile> wrongType(boolean string, boolean number, boolean array, boolean object) {
        List<Hostile> hostile = new ArrayList<>();
        if (string) {
            hostile.add(Hostile.string("wrong type: string", "abc"));
        }
        if (number) {
            hostile.add(Hostile.of("wrong type: fraction", "-0.5"));
        }
        if (array) {
            hostile.add(Hostile.of("wrong type: array", "[]"));
            hostile.add(Hostile.of("wrong type: array", "[\"x\",1]"));
        }
        if (object) {
            hostile.add(Hostile.of("wrong type: object", "{}"));
            hostile.add(Hostile.of("wrong type: object", "{\"value\":" + RawJson.quote(SCRIPT) + "}"));
        }
        return Arbitraries.of(hostile);
    }

    static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
