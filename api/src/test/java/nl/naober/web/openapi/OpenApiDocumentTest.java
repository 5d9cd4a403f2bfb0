package nl.naober.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document as an integrator's tools read it: Naober's title, version, contact and licence; every security
 * scheme and which operation takes which; every error answer with the Problem Details schema. The committed copy
 * ({@value #COMMITTED}, linted by Redocly and used to generate the test client) must be the live one: after a change
 * to the API, rewrite it with {@code -Dnaober.openapi.write=true} (docs/issue17/openapi.md).
 */
@NaoberIntegrationTest
class OpenApiDocumentTest {

    static final String COMMITTED = "src/main/openapi/naober-openapi.json";
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final String PUBLIC = "/api/v1/public/";
    private static final String ADMIN = "/api/v1/admin/";
    private static final String FEED = "/agenda/";

    @LocalServerPort
    int port;

    @Autowired
    ObjectProvider<BuildProperties> build;

    JsonNode docs;

    @BeforeEach
    void read() {
        Http.Response response = new Http(port).get("/v3/api-docs", null);
        assertThat(response.status()).isEqualTo(200);
        docs = response.json();
    }

    @Test
    void theDocumentSaysWhatItDescribesWhoToAskAndUnderWhichLicence() {
        JsonNode info = docs.get("info");
        assertThat(info.get("title").asString()).isEqualTo("Naober API");
        assertThat(build.getIfAvailable()).as("META-INF/build-info.properties").isNotNull();
        assertThat(info.get("version").asString()).isEqualTo(build.getObject().getVersion());
        assertThat(info.get("description").asString()).contains("nbr_", "Keycloak", "HTTP Basic");
        assertThat(info.get("contact").get("email").asString()).isEqualTo("api@naober.nl");
        assertThat(info.get("license").get("name").asString()).isEqualTo("EUPL-1.2");
        assertThat(info.get("license").get("url").asString())
                .isEqualTo("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12");
        assertThat(docs.get("servers").get(0).get("url").asString()).doesNotContain(":" + port);
    }

    @Test
    void everySecuritySchemeIsDeclaredAndEveryOperationSaysWhichItTakes() {
        JsonNode schemes = docs.get("components").get("securitySchemes");
        assertThat(schemes).as("components.securitySchemes").isNotNull();
        assertThat(schemes.get("basicAuth").get("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.get("keycloakJwt").get("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.get("keycloakJwt").get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(schemes.get("apiToken").get("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.get("apiToken").get("bearerFormat").asString()).contains("nbr_");

        List<String> wrong = new ArrayList<>();
        operations().forEach((name, operation) -> {
            JsonNode security = operation.get("security");
            List<String> taken = new ArrayList<>();
            if (security != null) {
                security.forEach(requirement -> taken.addAll(requirement.propertyNames()));
            }
            List<String> expected = name.contains(PUBLIC) || name.contains(FEED)
                    ? List.of()
                    : name.contains(ADMIN)
                            ? List.of("basicAuth", "keycloakJwt")
                            : List.of("basicAuth", "apiToken", "keycloakJwt");
            if (security == null || !taken.equals(expected)) {
                wrong.add(name + " takes " + (security == null ? "nothing declared" : taken));
            }
        });
        assertThat(wrong).as("operations with a wrong security requirement").isEmpty();
        assertThat(operations()).hasSizeGreaterThan(80);
    }

    @Test
    void everyOperationDocumentsItsErrorsAsProblemDetails() {
        JsonNode problem = docs.get("components").get("schemas").get("Problem");
        assertThat(problem).as("components.schemas.Problem").isNotNull();
        assertThat(problem.get("properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "errors");

        List<String> missing = new ArrayList<>();
        operations().forEach((name, operation) -> {
            JsonNode responses = operation.get("responses");
            List<String> expected = new ArrayList<>(List.of("503"));
            if (!name.contains(FEED)) {
                expected.addAll(List.of("400", "429"));
            }
            if (!name.contains(PUBLIC) && !name.contains(FEED)) {
                expected.addAll(List.of("401", "403"));
            }
            if (name.contains("{")) {
                expected.add("404");
            }
            if (WRITES.contains(name.substring(0, name.indexOf(' '))) && !name.contains(FEED)) {
                expected.add("409");
            }
            for (String status : expected) {
                JsonNode response = responses.get(status);
                JsonNode schema = response == null ? null : response.at("/content/application~1problem+json/schema");
                if (schema == null
                        || schema.isMissingNode()
                        || !schema.toString().contains("Problem")) {
                    missing.add(name + " " + status);
                }
            }
            for (String status : name.contains(FEED) ? List.of("503") : List.of("429", "503")) {
                JsonNode retryAfter = responses.at("/" + status + "/headers/Retry-After/schema/type");
                if (!retryAfter.isString()) {
                    missing.add(name + " " + status + " Retry-After schema");
                }
            }
        });
        assertThat(missing)
                .as("error answers not documented as Problem Details")
                .isEmpty();
    }

    @Test
    void theCommittedDocumentIsTheLiveOne() throws IOException {
        Path committed = Path.of(COMMITTED);
        String live = JSON.writeValueAsString(docs) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/naober-openapi-live.json"), live);
        if (Boolean.getBoolean("naober.openapi.write")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, live);
        }
        assertThat(committed)
                .as("the committed document; write it with -Dnaober.openapi.write=true")
                .exists();
        assertThat(JSON.readTree(Files.readString(committed)))
                .as("%s differs from /v3/api-docs: rewrite it with -Dnaober.openapi.write=true", COMMITTED)
                .isEqualTo(docs);
    }

    /** "get /api/v1/…" → the operation. */
    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        docs.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(method -> operations.put(method.getKey() + " " + path.getKey(), method.getValue())));
        return operations;
    }
}
