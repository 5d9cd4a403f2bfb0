package nl.naober.fuzz;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plausible valid values, by schema and field name, for the valid-shaped body that a mutation then spoils in one
 * place: the closer the rest is to valid, the more a mutation tests its own field. Dates are fixed, so a seed gives
 * the same bodies on every day.
 */
final class ValidValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Valid examples for the patterns of the API, each checked against its pattern before it is used. */
    private static final List<String> PATTERN_CANDIDATES =
            List.of("7901 AA", "06 12345678", "12345678", "GM9876", "fuzz-gemeente", "fuzz.gebruiker");

    private static final Map<String, String> DATES = Map.of(
            "birthDate", "2018-05-01",
            "programmeStart", "2026-01-01",
            "start", "2025-01-01",
            "periodStart", "2025-01-01",
            "end", "2025-12-31",
            "periodEnd", "2025-12-31",
            "evaluationDate", "2026-01-31");

    private ValidValues() {}

    static JsonNode of(String name, JsonNode schema, Schemas schemas, Draw draw, String municipality) {
        JsonNode resolved = schemas.resolve(schema);
        return switch (Schemas.type(resolved)) {
            case "string" -> NODES.stringNode(string(name, resolved, draw, municipality));
            case "integer" -> NODES.numberNode(integer(name, resolved));
            case "number" -> NODES.numberNode(decimal(name, resolved));
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> array(name, resolved, schemas, draw, municipality);
            default -> object(resolved, schemas, draw, municipality);
        };
    }

    /** One valid value as JSON text, without randomness: an array item to repeat or to put beside a bad one. */
    static String sampleJson(JsonNode schema, Schemas schemas) {
        return of("item", schema, schemas, new Draw(0), "hoogeveen").toString();
    }

    private static String string(String name, JsonNode schema, Draw draw, String municipality) {
        List<String> values = Schemas.enumValues(schema);
        if (!values.isEmpty()) {
            return draw.oneOf(values);
        }
        switch (Schemas.format(schema)) {
            case "date" -> {
                return DATES.getOrDefault(name, "2026-01-15");
            }
            case "uuid" -> {
                return draw.uuid().toString();
            }
            case "email" -> {
                return "fuzz@example.org";
            }
            default -> {}
        }
        if (schema.has("pattern")) {
            return patterned(name, Pattern.compile(schema.get("pattern").asString()), draw);
        }
        String text = freeText(name, municipality);
        int maxLength = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return text.length() <= maxLength ? text : text.substring(0, maxLength);
    }

    private static String freeText(String name, String municipality) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("coordinator")) {
            return "coordinator." + municipality;
        }
        if (lower.contains("origin")) {
            return "https://www.example.org";
        }
        if (lower.contains("consentversion")) {
            return "2026-2";
        }
        if (lower.contains("housenumber")) {
            return "12";
        }
        return "Fuzz " + name;
    }

    /** A unique-looking value where codes and usernames must not collide with another test's. */
    private static String patterned(String name, Pattern pattern, Draw draw) {
        String unique = switch (name) {
            case "code" -> "fuzz-" + draw.letters(8);
            case "username" -> "fuzz." + draw.letters(8);
            case "cbsCode" -> "GM9" + (100 + draw.below(900));
            default -> null;
        };
        if (unique != null && pattern.matcher(unique).matches()) {
            return unique;
        }
        return PATTERN_CANDIDATES.stream()
                .filter(candidate -> pattern.matcher(candidate).matches())
                .findFirst()
                .orElse("fuzz");
    }

    private static long integer(String name, JsonNode schema) {
        if (name.equals("version")) {
            return 0;
        }
        long minimum =
                Schemas.hasNumber(schema, "minimum") ? schema.get("minimum").asLong() : 1;
        long maximum =
                Schemas.hasNumber(schema, "maximum") ? schema.get("maximum").asLong() : minimum + 2;
        return (minimum + maximum) / 2;
    }

    private static BigDecimal decimal(String name, JsonNode schema) {
        if (name.equals("latitude")) {
            return new BigDecimal("52.7233");
        }
        if (name.equals("longitude")) {
            return new BigDecimal("6.4764");
        }
        if (Schemas.hasNumber(schema, "maximum")) {
            return BigDecimal.valueOf(schema.get("maximum").asDouble() / 2);
        }
        return new BigDecimal("1000.00");
    }

    private static ArrayNode array(String name, JsonNode schema, Schemas schemas, Draw draw, String municipality) {
        ArrayNode array = NODES.arrayNode();
        int count = Math.max(1, schema.path("minItems").asInt(0));
        for (int i = 0; i < count; i++) {
            array.add(of(name, schema.path("items"), schemas, draw, municipality));
        }
        return array;
    }

    /** Every property of an object value: nested objects (settings values, children) are filled in whole. */
    private static ObjectNode object(JsonNode schema, Schemas schemas, Draw draw, String municipality) {
        ObjectNode object = NODES.objectNode();
        JsonNode properties = schema.path("properties");
        for (String property : properties.propertyNames()) {
            object.set(property, of(property, properties.get(property), schemas, draw, municipality));
        }
        return object;
    }
}
