package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test set-up through Keycloak's admin REST API as the bootstrap administrator: things the product realm must not
 * contain, such as a second realm, a user without membership or a client with very short-lived tokens.
 */
public final class KeycloakAdmin {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeycloakServer keycloak;
    private final HttpClient client = HttpClient.newHttpClient();

    public KeycloakAdmin(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** Creates a realm from its JSON representation; a realm that already exists is left as it is. */
    public void createRealm(ObjectNode realm) {
        int status = send("POST", "/admin/realms", realm).statusCode();
        assertThat(status).as("create realm").isIn(201, 409);
    }

    public void createClient(String realm, ObjectNode clientRepresentation) {
        int status = send("POST", "/admin/realms/" + realm + "/clients", clientRepresentation)
                .statusCode();
        assertThat(status).as("create client").isIn(201, 409);
    }

    /** The representation of a realm's client, for copying it into a test client or another realm. */
    public ObjectNode client(String realm, String clientId) {
        JsonNode found = JSON.readTree(send("GET", "/admin/realms/" + realm + "/clients?clientId=" + clientId, null)
                .body());
        assertThat(found.size()).as("client " + clientId).isEqualTo(1);
        ObjectNode copy = (ObjectNode) found.get(0);
        copy.remove("id");
        if (copy.get("protocolMappers") instanceof tools.jackson.databind.node.ArrayNode mappers) {
            mappers.forEach(mapper -> ((ObjectNode) mapper).remove("id"));
        }
        return copy;
    }

    /** A user with a password and optionally a realm role; attributes as given (e.g. none: no membership). */
    public void createUser(String realm, String username, String password, String realmRole, ObjectNode attributes) {
        ObjectNode user = object().put("username", username)
                .put("enabled", true)
                .put("firstName", "Test")
                .put("lastName", username);
        user.set("attributes", attributes);
        user.putArray("credentials")
                .addObject()
                .put("type", "password")
                .put("value", password)
                .put("temporary", false);
        HttpResponse<String> created = send("POST", "/admin/realms/" + realm + "/users", user);
        assertThat(created.statusCode()).as("create user " + created.body()).isIn(201, 409);
        if (realmRole == null) {
            return;
        }
        String id = JSON.readTree(send(
                                "GET",
                                "/admin/realms/" + realm + "/users?exact=true&username="
                                        + URLEncoder.encode(username, StandardCharsets.UTF_8),
                                null)
                        .body())
                .get(0)
                .get("id")
                .asString();
        JsonNode role = JSON.readTree(send("GET", "/admin/realms/" + realm + "/roles/" + realmRole, null)
                .body());
        int mapped = send(
                        "POST",
                        "/admin/realms/" + realm + "/users/" + id + "/role-mappings/realm",
                        JSON.createArrayNode().add(role))
                .statusCode();
        assertThat(mapped).as("role mapping").isEqualTo(204);
    }

    /**
     * Signs the user out of Keycloak (the console's "Sign out" on the user's sessions): ends its sessions, and Keycloak
     * tells every client with a back-channel logout URL.
     */
    public void logOut(String realm, String username) {
        int status = send("POST", "/admin/realms/" + realm + "/users/" + userId(realm, username) + "/logout", null)
                .statusCode();
        assertThat(status).as("log out " + username).isEqualTo(204);
    }

    /** Disables (or enables) the user, as the console's "Enabled" switch does; nothing else. */
    public void setEnabled(String realm, String username, boolean enabled) {
        int status = send(
                        "PUT",
                        "/admin/realms/" + realm + "/users/" + userId(realm, username),
                        object().put("enabled", enabled))
                .statusCode();
        assertThat(status).as("enable/disable " + username).isEqualTo(204);
    }

    /** How many Keycloak sessions the user has. */
    public int sessions(String realm, String username) {
        return JSON.readTree(
                        send("GET", "/admin/realms/" + realm + "/users/" + userId(realm, username) + "/sessions", null)
                                .body())
                .size();
    }

    private String userId(String realm, String username) {
        JsonNode found = JSON.readTree(send(
                        "GET",
                        "/admin/realms/" + realm + "/users?exact=true&username="
                                + URLEncoder.encode(username, StandardCharsets.UTF_8),
                        null)
                .body());
        assertThat(found.size()).as("user " + username).isEqualTo(1);
        return found.get(0).get("id").asString();
    }

    private HttpResponse<String> send(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body.toString()));
        return send(request.build());
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(keycloak.bootstrapAdminPassword(), StandardCharsets.UTF_8);
        HttpResponse<String> response = send(
                HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        assertThat(response.statusCode()).as("bootstrap admin token").isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
