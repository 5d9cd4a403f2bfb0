package nl.naober.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.naober.fuzz.ApiOperation.Param;
import nl.naober.fuzz.ValidBody.Slot;
import tools.jackson.databind.JsonNode;

/**
 * Builds one hostile request for an operation: a valid-shaped request spoiled in exactly one way (one field replaced
 * by a hostile value, a required field removed, the body garbage, the content type or encoding wrong, one path or
 * query parameter hostile), sometimes with an unknown field or an injection string in free text on top. Those two
 * never come alone: an API may ignore an unknown field and must accept any text, so alone they are not hostile.
 */
final class HostileRequests {

    static final List<String> MUNICIPALITIES = List.of("hoogeveen", "de-wolden");

    private static final String JSON = "application/json";

    private final Schemas schemas;
    private final HostileValues values;
    private final PathSafety safety;
    private final Draw draw;

    HostileRequests(Schemas schemas, List<ApiOperation> operations, Draw draw) {
        this.schemas = schemas;
        this.values = new HostileValues(schemas);
        this.safety = new PathSafety(operations);
        this.draw = draw;
    }

    /**
     * A request as it is built up: valid parts and one mutation. A body is either edits to the valid body (rendered at
     * the end) or, for garbage and wrong content types, bytes of its own.
     */
    static final class Parts {
        String kind;
        final Map<String, String> pathValues = new LinkedHashMap<>();
        final List<String> query = new ArrayList<>();
        String contentType = JSON;
        final Map<Slot, byte[]> replaced = new LinkedHashMap<>();
        final Set<Slot> removed = new HashSet<>();
        Map.Entry<String, String> extra;
        byte[] ownBody;
        /** Hostile, but an API may take it as it is: checked for a 5xx, Problem Details and echoes only. */
        boolean mayBeAccepted;
    }

    FuzzInput next(int index, ApiOperation operation) {
        for (int attempt = 0; ; attempt++) {
            FuzzInput input = attempt(index, operation);
            if (isSafe(operation, input)) {
                return input;
            }
            if (attempt > 100) {
                throw new IllegalStateException("no safe hostile input for " + operation);
            }
        }
    }

    boolean isSafe(ApiOperation operation, FuzzInput input) {
        return !operation.isWrite()
                || !safety.landsOnAnotherOperation(operation.method(), operation.template(), input.path());
    }

    private FuzzInput attempt(int index, ApiOperation operation) {
        String municipality = draw.oneOf(MUNICIPALITIES);
        Role role = draw.chance(0.6) ? operation.homeRole() : draw.oneOf(List.of(Role.values()));
        Parts parts = new Parts();
        for (Param param : operation.pathParams()) {
            parts.pathValues.put(param.name(), validPathValue(operation, param, municipality));
        }
        ValidBody body =
                operation.body() == null ? null : ValidBody.of(operation.body(), schemas, draw, municipality, 0.6);
        mutate(operation, body, parts, municipality);
        byte[] bytes = parts.ownBody != null
                ? parts.ownBody
                : body == null ? null : body.render(parts.replaced, parts.removed, parts.extra);
        return new FuzzInput(
                index,
                operation.toString(),
                parts.kind,
                role,
                role.username(municipality),
                operation.method(),
                path(operation, parts),
                bytes == null ? null : parts.contentType,
                bytes,
                operation.isWrite() && !parts.mayBeAccepted);
    }

    private void mutate(ApiOperation operation, ValidBody body, Parts parts, String municipality) {
        List<Param> writableQuery = operation.queryParams().stream()
                .filter(param -> !operation.isWrite() || QueryValues.refusedWhateverTheValue(param))
                .toList();
        if (body != null && !body.isEmpty()) {
            int roll = draw.below(100);
            if (roll < 50) {
                replaceField(body, parts);
            } else if (roll < 60) {
                removeRequired(body, parts);
            } else if (roll < 70) {
                BodyMutations.garbage(operation, body, parts, draw);
            } else if (roll < 80) {
                BodyMutations.contentType(body, parts, draw);
            } else if (roll < 88) {
                BodyMutations.invalidUtf8(body, parts, draw);
            } else if (roll < 95 && !operation.pathParams().isEmpty()) {
                hostilePath(operation, parts, municipality);
            } else if (!writableQuery.isEmpty()) {
                hostileQuery(writableQuery, parts, operation.isWrite());
            } else {
                replaceField(body, parts);
            }
            if (parts.ownBody == null) {
                decorate(body, parts);
            }
            return;
        }
        boolean query = !writableQuery.isEmpty() && (operation.pathParams().isEmpty() || draw.chance(0.55));
        if (query) {
            hostileQuery(writableQuery, parts, operation.isWrite());
        } else if (!operation.pathParams().isEmpty()) {
            hostilePath(operation, parts, municipality);
        } else {
            parts.kind = "body on a read: garbage";
            parts.contentType = "text/plain";
            parts.ownBody = RawJson.utf8(HostileValues.SCRIPT);
        }
        if (operation.isWrite() && draw.chance(0.2)) {
            // Operations without a body, sent one they did not ask for, on top of the hostile path or query.
            parts.contentType = draw.oneOf(List.of(JSON, "text/plain", "application/xml"));
            parts.ownBody =
                    RawJson.utf8(draw.oneOf(List.of("{\"status\":\"ACTIVE\"}", "not json", RawJson.deepArray(50))));
            parts.kind += " + unexpected body";
        }
    }

    private void replaceField(ValidBody body, Parts parts) {
        Slot slot = draw.oneOf(body.slots());
        Hostile hostile = draw.from(values.forField(slot.schema(), slot.required()));
        parts.kind = "field " + slot.name() + ": " + hostile.kind();
        parts.replaced.put(slot, hostile.json());
    }

    private void removeRequired(ValidBody body, Parts parts) {
        List<Slot> required = body.slots().stream().filter(Slot::required).toList();
        if (required.isEmpty()) {
            replaceField(body, parts);
            return;
        }
        Slot slot = draw.oneOf(required);
        parts.kind = "field " + slot.name() + ": required, missing";
        parts.removed.add(slot);
    }

    /** On top of the mutation: an unknown or server-side field, and injection or unicode text in a free-text field. */
    private void decorate(ValidBody body, Parts parts) {
        if (draw.chance(0.25)) {
            String name = draw.oneOf(List.of("fuzzUnknown", "id", "status", "municipality", "createdBy", "__proto__"));
            String value = draw.oneOf(List.of(
                    RawJson.quote(HostileValues.SCRIPT), "{\"admin\":true}", "\"meppel\"", "\"CLOSED\"", "1e308"));
            parts.extra = Map.entry(name, value);
            parts.kind += " + extra field " + name;
        }
        if (draw.chance(0.25)) {
            List<Slot> text = body.slots().stream()
                    .filter(slot -> isFreeText(slot.schema()) && !isEdited(slot, parts))
                    .toList();
            if (!text.isEmpty()) {
                Slot slot = draw.oneOf(text);
                String decoration = draw.from(HostileValues.decoration());
                parts.replaced.put(slot, RawJson.utf8(RawJson.quote(decoration)));
                parts.kind += " + text " + slot.name() + " " + RawJson.quote(FuzzInput.cut(decoration, 40));
            }
        }
    }

    /** Whether the slot, or an object around it, is already replaced or removed by the mutation. */
    private static boolean isEdited(Slot slot, Parts parts) {
        List<Slot> edited = new ArrayList<>(parts.replaced.keySet());
        edited.addAll(parts.removed);
        return edited.stream()
                .anyMatch(other -> slot.path().size() >= other.path().size()
                        && slot.path().subList(0, other.path().size()).equals(other.path()));
    }

    static boolean isFreeText(JsonNode schema) {
        return Schemas.type(schema).equals("string")
                && Schemas.enumValues(schema).isEmpty()
                && Schemas.format(schema).isEmpty()
                && !schema.has("pattern");
    }

    private void hostilePath(ApiOperation operation, Parts parts, String municipality) {
        Param param = draw.oneOf(operation.pathParams());
        boolean uuid = Schemas.format(param.schema()).equals("uuid");
        String value;
        do {
            value = draw.from(PathValues.hostile(param.name(), uuid, operation.isWrite(), municipality));
        } while (operation.isWrite() && PathSafety.namesSomethingReal(value));
        parts.pathValues.put(param.name(), value);
        parts.kind = "path " + param.name() + ": " + FuzzInput.cut(value, 60);
    }

    private void hostileQuery(List<Param> params, Parts parts, boolean write) {
        Param param = draw.oneOf(params);
        String value;
        do {
            value = draw.from(QueryValues.hostile(param));
        } while (write && (value.isEmpty() || PathSafety.namesSomethingReal(value)));
        if (!write && draw.chance(0.2)) {
            parts.query.add(param.name() + "=" + validQueryValue(param));
            parts.kind = "query " + param.name() + " twice: " + FuzzInput.cut(value, 60);
        } else {
            parts.kind = "query " + param.name() + ": " + FuzzInput.cut(value, 60);
        }
        parts.query.add(param.name() + "=" + value);
        if (!write && draw.chance(0.2)) {
            parts.query.add("fuzz=" + UrlText.encode(HostileValues.SCRIPT));
            parts.kind += " + unknown parameter";
        }
    }

    private static String validQueryValue(Param param) {
        List<String> values = Schemas.enumValues(param.schema());
        return values.isEmpty() ? "0" : values.get(0);
    }

    private String validPathValue(ApiOperation operation, Param param, String municipality) {
        if (Schemas.format(param.schema()).equals("uuid")) {
            return draw.uuid().toString(); // no record has it: 404 at most, never someone's file
        }
        return switch (param.name()) {
            case "code" -> operation.template().startsWith("/api/v1/admin/networks/") ? Role.NETWORK : municipality;
            // Nobody has this login: a write to it can never deactivate a real user.
            case "username" -> "fuzz.nobody-" + draw.letters(6);
            default -> "fuzz-" + draw.letters(6);
        };
    }

    private static String path(ApiOperation operation, Parts parts) {
        String path = operation.template();
        for (Map.Entry<String, String> value : parts.pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return parts.query.isEmpty() ? path : path + "?" + String.join("&", parts.query);
    }
}
