package nl.naober.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A valid-shaped request body and the places (slots) where a mutation may spoil it: every property of the body, and
 * of the objects nested in it (a family's first child, the settings' values).
 */
final class ValidBody {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Left out of every body and never mutated: the public form's honeypot. A registration that fills it in is
     * answered 201 and not stored, by design, so no value there is a refusal to expect. {@code honeypotFilled} is
     * the record's derived getter, which springdoc lists as if it were an input.
     */
    private static final Set<String> HONEYPOT = Set.of("website", "honeypotFilled");

    /** A property of the body, as a path of names and array indices, with its schema. */
    record Slot(List<Object> path, JsonNode schema, boolean required) {

        String name() {
            StringBuilder name = new StringBuilder();
            for (Object step : path) {
                name.append(step instanceof Integer index ? "[" + index + "]" : (name.isEmpty() ? "" : ".") + step);
            }
            return name.toString();
        }

        String last() {
            return String.valueOf(path.get(path.size() - 1));
        }
    }

    private final ObjectNode json;
    private final List<Slot> slots;

    private ValidBody(ObjectNode json, List<Slot> slots) {
        this.json = json;
        this.slots = slots;
    }

    /** Required properties always, each optional one with probability {@code optional}. */
    static ValidBody of(JsonNode schema, Schemas schemas, Draw draw, String municipality, double optional) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        List<Slot> slots = new ArrayList<>();
        fill(json, schema, List.of(), schemas, draw, municipality, optional, slots);
        return new ValidBody(json, List.copyOf(slots));
    }

    private static void fill(
            ObjectNode json,
            JsonNode schema,
            List<Object> prefix,
            Schemas schemas,
            Draw draw,
            String municipality,
            double optional,
            List<Slot> slots) {
        Set<String> required = new TreeSet<>(Schemas.required(schema));
        if (prefix.isEmpty() && schema.path("properties").has("version")) {
            // An update without the version it was based on overwrites whoever saved first (README: 409 when someone
            // saved first), so the version is required wherever a body has one, whether the schema says so or not.
            required.add("version");
        }
        JsonNode properties = schema.path("properties");
        for (String name : properties.propertyNames()) {
            if (HONEYPOT.contains(name)) {
                continue;
            }
            JsonNode property = schemas.resolve(properties.get(name));
            List<Object> path = append(prefix, name);
            slots.add(new Slot(path, property, required.contains(name)));
            if (!required.contains(name) && !draw.chance(optional)) {
                continue;
            }
            JsonNode value = ValidValues.of(name, property, schemas, draw, municipality);
            json.set(name, value);
            if (value instanceof ObjectNode nested) {
                fill(nested, property, path, schemas, draw, municipality, 1.0, slots);
            } else if (value instanceof ArrayNode array && !array.isEmpty() && array.get(0) instanceof ObjectNode) {
                JsonNode items = schemas.resolve(property.path("items"));
                fill((ObjectNode) array.get(0), items, append(path, 0), schemas, draw, municipality, 1.0, slots);
            }
        }
    }

    private static List<Object> append(List<Object> prefix, Object step) {
        List<Object> path = new ArrayList<>(prefix);
        path.add(step);
        return List.copyOf(path);
    }

    List<Slot> slots() {
        return slots;
    }

    boolean isEmpty() {
        return slots.isEmpty();
    }

    byte[] bytes() {
        return RawJson.utf8(JSON.writeValueAsString(json));
    }

    String text() {
        return JSON.writeValueAsString(json);
    }

    /**
     * The body with edits: slots replaced by raw JSON bytes (which may be invalid on purpose), slots removed, and
     * one more property first in the object (unknown to the schema, or the name of a server-side field).
     *
     * @param extra {@code name} and raw JSON value, or null
     */
    byte[] render(Map<Slot, byte[]> replaced, Set<Slot> removed, Map.Entry<String, String> extra) {
        ObjectNode copy = json.deepCopy();
        List<Map.Entry<String, byte[]>> markers = new ArrayList<>();
        for (Map.Entry<Slot, byte[]> replacement : replaced.entrySet()) {
            String marker = "__fuzz_slot_" + markers.size() + "__";
            parentOf(copy, replacement.getKey()).put(replacement.getKey().last(), marker);
            markers.add(Map.entry("\"" + marker + "\"", replacement.getValue()));
        }
        for (Slot slot : removed) {
            parentOf(copy, slot).remove(slot.last());
        }
        String text = JSON.writeValueAsString(copy);
        if (extra != null) {
            String property = RawJson.quote(extra.getKey()) + ":" + extra.getValue();
            text = "{" + property + (text.equals("{}") ? "" : ",") + text.substring(1);
        }
        byte[] bytes = RawJson.utf8(text);
        for (Map.Entry<String, byte[]> marker : markers) {
            String current = new String(bytes, StandardCharsets.ISO_8859_1);
            int at = current.indexOf(marker.getKey());
            bytes = RawJson.concat(
                    Arrays.copyOfRange(bytes, 0, at),
                    marker.getValue(),
                    Arrays.copyOfRange(bytes, at + marker.getKey().length(), bytes.length));
        }
        return bytes;
    }

    private static ObjectNode parentOf(ObjectNode root, Slot slot) {
        JsonNode node = root;
        List<Object> path = slot.path();
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        if (node instanceof ObjectNode object) {
            return object;
        }
        // Sending the valid body instead would be a valid request: never.
        throw new IllegalStateException("no object at " + slot.name() + " in " + root);
    }
}
