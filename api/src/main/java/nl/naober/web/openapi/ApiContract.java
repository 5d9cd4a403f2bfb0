package nl.naober.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The parts of the contract that hold for every operation and that the controllers' annotations would only repeat:
 * which credentials it takes (the same split as the security chains: {@code /api/v1/public/**} none, the admin API
 * no API tokens, which only municipal users have) and its error answers, each an RFC 9457 Problem Details body as
 * {@code nl.naober.web.problem} writes it. A description an annotation gave a status is kept; only its body is set.
 */
@Component
class ApiContract implements OpenApiCustomizer {

    static final String BASIC = "basicAuth";
    static final String KEYCLOAK = "keycloakJwt";
    static final String API_TOKEN = "apiToken";
    static final String PROBLEM_JSON = "application/problem+json";

    private static final String PUBLIC = "/api/v1/public/";
    /** The calendar feed: the secret token in its path is the key, no credentials. */
    private static final String FEED = "/agenda/";

    private static final String ADMIN = "/api/v1/admin/";
    private static final String PROBLEM = "Problem";
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        securitySchemes().forEach(components::addSecuritySchemes);
        problemSchemas().forEach(components::addSchemas);
        if (components.getSchemas() != null) {
            // Spring's ProblemDetail as springdoc saw it; every error answer now names Problem instead.
            components.getSchemas().remove("ProblemDetail");
        }
        if (openApi.getPaths() == null) {
            return;
        }
        Set<String> operationIds = new HashSet<>();
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    operation.setSecurity(security(path));
                    errors(path, method).forEach((status, description) -> problem(operation, status, description));
                    operation.setOperationId(stableId(operation, operationIds));
                }));
    }

    /**
     * springdoc names an operation after its Java method and numbers the repeats ({@code get_1}, {@code list_2}) in
     * the order it meets the controllers, so adding a controller renames others, and with them the methods of every
     * generated client. The method's name with its tag ({@code getFamilies}, {@code listMatches}) stays put.
     */
    private static String stableId(Operation operation, Set<String> taken) {
        String method = operation.getOperationId().replaceFirst("_\\d+$", "");
        StringBuilder id = new StringBuilder(method);
        if (operation.getTags() != null && !operation.getTags().isEmpty()) {
            for (String word : operation.getTags().get(0).split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    id.append(Character.toUpperCase(word.charAt(0)))
                            .append(word.substring(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        String unique = id.toString();
        for (int repeat = 2; !taken.add(unique); repeat++) {
            unique = id + "_" + repeat; // two methods of one name under one tag: rare, and then numbered
        }
        return unique;
    }

    private static Map<String, SecurityScheme> securitySchemes() {
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        schemes.put(
                BASIC,
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("Local mode: a person's username and password, for trying the API by hand."
                                + " BCrypt-checked on every request; not for integrations."));
        schemes.put(
                API_TOKEN,
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("nbr_ followed by 43 base64url characters (opaque API token)")
                        .description("Local mode: an API token a network administrator made for a municipal user"
                                + " (Authorization: Bearer nbr_…). For integrations."));
        schemes.put(
                KEYCLOAK,
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("Keycloak mode: an access token of the installation's Keycloak realm"
                                + " (integrations: client credentials)."));
        return schemes;
    }

    private static List<SecurityRequirement> security(String path) {
        if (path.startsWith(PUBLIC) || path.startsWith(FEED)) {
            return new ArrayList<>(); // "security: []": no credentials
        }
        List<SecurityRequirement> requirements = new ArrayList<>();
        requirements.add(new SecurityRequirement().addList(BASIC));
        if (!path.startsWith(ADMIN)) {
            requirements.add(new SecurityRequirement().addList(API_TOKEN));
        }
        requirements.add(new SecurityRequirement().addList(KEYCLOAK));
        return requirements;
    }

    /** The error answers an operation can give, by status, with the description used where none is given. */
    private static Map<String, String> errors(String path, PathItem.HttpMethod method) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (path.startsWith(FEED)) {
            errors.put("404", "No such municipality, or the token is unknown or revoked (all alike)");
            errors.put("503", "The database is unavailable for a moment: try again after Retry-After seconds");
            return errors;
        }
        boolean open = path.startsWith(PUBLIC);
        errors.put("400", "The request is not valid: the rejected fields are under errors");
        if (!open) {
            errors.put("401", "No credentials, or credentials that are wrong, expired or revoked");
            errors.put("403", "The caller's role may not do this");
        }
        if (path.contains("{")) {
            errors.put(
                    "404",
                    open
                            ? "No municipality with this code takes registrations"
                            : "Not found, or not in the caller's municipality or network");
        }
        if (WRITES.contains(method)) {
            errors.put(
                    "409",
                    "Refused by a rule or state transition (under rules / allowed), or someone saved first (version)");
        }
        errors.put(
                "429",
                open
                        ? "Too many registrations from this address: wait Retry-After seconds"
                        : "Too many failed logins from this address or for this user: wait Retry-After seconds");
        errors.put("503", "The database is unavailable for a moment: try again after Retry-After seconds");
        return errors;
    }

    private static void problem(Operation operation, String status, String description) {
        ApiResponses responses = operation.getResponses();
        if (responses == null) {
            responses = new ApiResponses();
            operation.setResponses(responses);
        }
        ApiResponse response = responses.get(status);
        if (response == null) {
            response = new ApiResponse().description(description);
            responses.addApiResponse(status, response);
        }
        response.setContent(new Content()
                .addMediaType(
                        PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        if (status.equals("429") || status.equals("503")) {
            Header retryAfter = new Header()
                    .description("Seconds to wait before trying again")
                    .schema(new IntegerSchema().minimum(java.math.BigDecimal.ZERO));
            Map<String, Header> headers = new LinkedHashMap<>();
            headers.put("Retry-After", retryAfter);
            response.setHeaders(headers);
        }
    }

    // Swagger's Components holds its schemas as raw Map<String, Schema>; these are added there as they are.
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Map<String, Schema> problemSchemas() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put("ProblemFieldError", fieldErrorSchema());
        schemas.put("ProblemRule", ruleSchema());
        schemas.put(PROBLEM, withRefusalDetails(problemSchema()).required(List.of("type", "title", "status")));
        return schemas;
    }

    // addProperty answers Swagger's raw Schema, so required(...) after it is an unchecked call.
    @SuppressWarnings("unchecked")
    private static Schema<?> fieldErrorSchema() {
        return new ObjectSchema()
                .description("One rejected field or parameter of a 400")
                .addProperty("field", new StringSchema().description("The field, e.g. children[0].birthDate"))
                .addProperty("message", new StringSchema().description("Why it was rejected"))
                .addProperty(
                        "conflictsWith",
                        new StringSchema().description("For an impossible date: what it conflicts with"))
                .addProperty("conflictingDate", new StringSchema().format("date"))
                .required(List.of("field", "message"));
    }

    private static Schema<?> ruleSchema() {
        return new ObjectSchema()
                .description("One rule that refused a change (409)")
                .addProperty("rule", new StringSchema().description("The rule's key, e.g. rule.capacity"))
                .addProperty("message", new StringSchema());
    }

    /** RFC 9457's members, and the 400's rejected fields and the 409's rules. */
    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 Problem Details, as every error of the API is answered")
                .addProperty("type", new StringSchema().format("uri").description("https://naober.nl/problems/<key>"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/ProblemFieldError"))
                                .description("400: the rejected fields"))
                .addProperty(
                        "rules",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/ProblemRule"))
                                .description("409: the rules that refused the change"));
    }

    /** The members of a refused transition (409) and of the public registration's proof-of-work challenge (429). */
    private static Schema<?> withRefusalDetails(Schema<?> problem) {
        return problem.addProperty("from", new StringSchema().description("409 transition: the current state"))
                .addProperty("to", new StringSchema().description("409 transition: the state asked for"))
                .addProperty(
                        "allowed",
                        new ArraySchema()
                                .items(new StringSchema())
                                .description("409 transition: the states allowed from here"))
                .addProperty(
                        "challengeUrl",
                        new StringSchema()
                                .description("429 of the public registration past its allowance: where to"
                                        + " fetch a proof-of-work challenge"))
                .addProperty(
                        "challenge",
                        new ObjectSchema()
                                .description("429 of the public registration past its allowance: the"
                                        + " challenge to solve"));
    }
}
