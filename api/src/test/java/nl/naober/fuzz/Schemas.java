package nl.naober.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** The {@code components.schemas} of an OpenAPI document, and what a generator asks of one schema. */
final class Schemas {

    private final JsonNode components;

    Schemas(JsonNode openApi) {
        this.components = openApi.path("components").path("schemas");
    }

    /** The schema a {@code $ref} points to; any other schema as it is. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asString();
            current = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current;
    }

    static String type(JsonNode schema) {
        if (schema.has("type")) {
            return schema.get("type").asString();
        }
        return schema.has("properties") ? "object" : "";
    }

    static String format(JsonNode schema) {
        return schema.path("format").asString("");
    }

    static List<String> enumValues(JsonNode schema) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(value -> values.add(value.asString()));
        return values;
    }

    static Set<String> required(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema.path("required").forEach(name -> names.add(name.asString()));
        return names;
    }

    static boolean hasNumber(JsonNode schema, String keyword) {
        return schema.has(keyword) && schema.get(keyword).isNumber();
    }
}
