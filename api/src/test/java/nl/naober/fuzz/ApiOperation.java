package nl.naober.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One operation of the application's OpenAPI document, with its schemas resolved: what the generators mutate.
 *
 * @param body the JSON request body's schema ({@code $ref}s resolved on use by {@link Schemas}), or null
 * @param homeRole who the operation is for, so that most inputs get past the role rule and have their body read
 */
record ApiOperation(
        String method, String template, List<Param> pathParams, List<Param> queryParams, JsonNode body, Role homeRole) {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** A path or query parameter; Spring's {@code Pageable} is given as its parts page, size and sort. */
    record Param(String name, JsonNode schema, boolean required) {}

    boolean isWrite() {
        return WRITES.contains(method);
    }

    boolean isPublic() {
        return template.startsWith("/api/v1/public/");
    }

    @Override
    public String toString() {
        return method + " " + template;
    }

    /** Every {@code /api/**} operation of an OpenAPI 3 document (screens are not described there). */
    static List<ApiOperation> from(JsonNode openApi) {
        Schemas schemas = new Schemas(openApi);
        List<ApiOperation> operations = new ArrayList<>();
        for (String template : openApi.get("paths").propertyNames()) {
            if (!template.startsWith("/api/")) {
                continue;
            }
            JsonNode item = openApi.get("paths").get(template);
            for (String method : item.propertyNames()) {
                JsonNode operation = item.get(method);
                List<Param> path = new ArrayList<>();
                List<Param> query = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    Param param = new Param(
                            parameter.get("name").asString(),
                            schemas.resolve(parameter.path("schema")),
                            parameter.path("required").asBoolean(false));
                    switch (parameter.get("in").asString()) {
                        case "path" -> path.add(param);
                        case "query" -> query.addAll(expandPageable(param, schemas));
                        default -> {} // headers (Idempotency-Key) are not mutated: they are checked on their own
                    }
                }
                JsonNode body = operation
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                operations.add(new ApiOperation(
                        method.toUpperCase(Locale.ROOT),
                        template,
                        List.copyOf(path),
                        List.copyOf(query),
                        body.isMissingNode() ? null : schemas.resolve(body),
                        homeRole(template)));
            }
        }
        return operations;
    }

    /** springdoc describes a {@code Pageable} argument as one object parameter; on the wire it is three. */
    private static List<Param> expandPageable(Param param, Schemas schemas) {
        JsonNode properties = param.schema().path("properties");
        if (!param.schema().path("type").asString("").equals("object") || properties.isMissingNode()) {
            return List.of(param);
        }
        List<Param> parts = new ArrayList<>();
        for (String name : properties.propertyNames()) {
            parts.add(new Param(name, schemas.resolve(properties.get(name)), false));
        }
        return parts;
    }

    /**
     * Read from the path, as the README's tables say who does what: the role rules themselves are not in the
     * document. A wrong guess only means fewer inputs reach the body; every role is sent anyway.
     */
    static Role homeRole(String template) {
        if (template.startsWith("/api/v1/public/")) {
            return Role.ANONYMOUS;
        }
        if (template.equals("/api/v1/admin/networks") || template.endsWith("/administrators")) {
            return Role.PLATFORM_ADMIN;
        }
        if (template.startsWith("/api/v1/admin/")) {
            return Role.NETWORK_ADMIN;
        }
        String rest = template.replaceFirst("^/api/v1/municipalities/\\{code}", "");
        if (rest.startsWith("/privacy-approvals")
                || rest.startsWith("/retention")
                || rest.startsWith("/access-log")
                || rest.startsWith("/erasure-requests")) {
            return Role.PRIVACY_OFFICER;
        }
        if (rest.startsWith("/monitoring") || rest.startsWith("/evaluation-periods")) {
            return Role.POLICY_OFFICER;
        }
        return Role.COORDINATOR;
    }
}
