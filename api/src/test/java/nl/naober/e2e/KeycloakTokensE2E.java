package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.naober.support.Http;
import nl.naober.support.Sql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * REST with real Keycloak tokens: each demo role reaches exactly what it may, a Meppel coordinator's token on
 * Hoogeveen is 404, expired, tampered and other-realm tokens are 401, a user without membership gets 403.
 */
@NaoberE2ETest
class KeycloakTokensE2E {

    private static final String MEPPEL_FAMILIES = "/api/v1/municipalities/meppel/families";
    private static final String HOOGEVEEN_FAMILIES = "/api/v1/municipalities/hoogeveen/families";
    private static final String MEPPEL_ADMIN = "/api/v1/admin/municipalities/meppel";
    private static final String NETWORKS = "/api/v1/admin/networks";
    private static final List<String> PATHS = List.of(MEPPEL_FAMILIES, HOOGEVEEN_FAMILIES, MEPPEL_ADMIN, NETWORKS);
    private static final String NO_MEMBERSHIP = "coordinator.zonder-gemeente";

    private static KeycloakServer keycloak;
    private static KeycloakLogin login;

    private final Http http = new Http(KeycloakServer.get().naoberPort());

    @BeforeAll
    static void users() {
        keycloak = KeycloakServer.get();
        login = KeycloakLogin.naoberWeb(keycloak);
        new KeycloakAdmin(keycloak)
                .createUser("naober", NO_MEMBERSHIP, Http.DEMO_PASSWORD, "coordinator", KeycloakAdmin.object());
    }

    @Test
    void keycloakIssuesTheClaimsNaoberReads() {
        JsonNode tokens = login.tokens("coordinator.meppel", Http.DEMO_PASSWORD);
        JsonNode access = KeycloakLogin.claims(tokens.get("access_token").asString());
        JsonNode id = KeycloakLogin.claims(tokens.get("id_token").asString());

        assertThat(access.get("iss").asString()).isEqualTo(keycloak.issuer());
        assertThat(access.get("aud").toString()).contains("naober-api");
        for (JsonNode token : List.of(access, id)) {
            assertThat(token.get("organization").asString()).isEqualTo("meppel");
            assertThat(token.get("realm_access").get("roles").toString()).contains("\"coordinator\"");
            assertThat(token.get("preferred_username").asString()).isEqualTo("coordinator.meppel");
        }
        assertThat(access.get("exp").asLong() - access.get("iat").asLong())
                .as("access tokens live 5 minutes")
                .isEqualTo(300);
    }

    @Test
    void eachDemoRoleReachesExactlyWhatItMay() {
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        // columns:                          Meppel  Hoogeveen  admin Meppel  networks
        expected.put("coordinator.meppel", List.of(200, 404, 403, 403));
        expected.put("policy.meppel", List.of(403, 404, 403, 403));
        expected.put("coordinator.hoogeveen", List.of(404, 200, 403, 403));
        expected.put("admin.buurtgezinnen", List.of(403, 403, 200, 403));
        expected.put("admin.steunoudernl", List.of(404, 404, 404, 403));
        expected.put("admin.platform", List.of(404, 404, 403, 200));
        expected.put(NO_MEMBERSHIP, List.of(403, 403, 403, 403));

        Map<String, List<Integer>> actual = new LinkedHashMap<>();
        expected.keySet().forEach(user -> {
            String token = Http.bearer(login.accessToken(user, Http.DEMO_PASSWORD));
            actual.put(
                    user,
                    PATHS.stream().map(path -> http.get(path, token).status()).toList());
        });
        System.out.println("Token matrix " + PATHS + ": " + actual);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void thePrivacyOfficersTokenReadsTheLogRetentionAndRequestsButNoCaseData() {
        String token = Http.bearer(login.accessToken("privacy.meppel", Http.DEMO_PASSWORD));
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String path : List.of(
                "/api/v1/municipalities/meppel/access-log",
                "/api/v1/municipalities/meppel/retention/preview",
                "/api/v1/municipalities/meppel/retention/runs",
                "/api/v1/municipalities/meppel/erasure-requests",
                "/api/v1/municipalities/meppel/privacy-approvals",
                MEPPEL_FAMILIES,
                "/api/v1/municipalities/meppel/monitoring?from=2026-01-01&to=2026-03-31",
                "/api/v1/municipalities/hoogeveen/access-log",
                MEPPEL_ADMIN)) {
            actual.put(path, http.get(path, token).status());
        }
        assertThat(actual.values()).containsExactly(200, 200, 200, 200, 200, 403, 403, 404, 403);
    }

    @Test
    void aMeppelTokenCannotChangeHoogeveen() {
        String token = Http.bearer(login.accessToken("coordinator.meppel", Http.DEMO_PASSWORD));
        int before = families("t_hoogeveen");

        Http.Response response = http.post(HOOGEVEEN_FAMILIES, token, "{}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(families("t_hoogeveen")).isEqualTo(before);
    }

    @Test
    void aUserWithoutMembershipMayDoNothing() {
        String token = Http.bearer(login.accessToken(NO_MEMBERSHIP, Http.DEMO_PASSWORD));

        assertThat(http.post(MEPPEL_FAMILIES, token, "{}").status()).isEqualTo(403);
        assertThat(http.get("/api/v1/municipalities/meppel/my-work", token).status())
                .isEqualTo(403);
    }

    @Test
    void aTamperedTokenIs401() {
        String token = login.accessToken("coordinator.meppel", Http.DEMO_PASSWORD);
        String[] parts = token.split("\\.");
        JsonNode claims = KeycloakLogin.claims(token);
        ((ObjectNode) claims).put("organization", "hoogeveen");
        String forged = parts[0] + "."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(claims.toString().getBytes())
                + "." + parts[2];

        assertThat(http.get(MEPPEL_FAMILIES, Http.bearer(token)).status()).isEqualTo(200);
        assertThat(http.get(HOOGEVEEN_FAMILIES, Http.bearer(forged)).status()).isEqualTo(401);
        assertThat(http.get(MEPPEL_FAMILIES, Http.bearer(forged)).status()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIs401() throws InterruptedException {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        ObjectNode shortLived = admin.client("naober", "naober-web")
                .put("clientId", "e2e-short-lived")
                .put("secret", keycloak.webClientSecret());
        ((ObjectNode) shortLived.get("attributes")).put("access.token.lifespan", "1");
        admin.createClient("naober", shortLived);
        KeycloakLogin shortLogin = new KeycloakLogin(
                keycloak.issuer(),
                "e2e-short-lived",
                keycloak.webClientSecret(),
                keycloak.naoberBaseUrl() + "/login/oauth2/code/keycloak");
        String token = Http.bearer(shortLogin.accessToken("coordinator.meppel", Http.DEMO_PASSWORD));
        assertThat(http.get(MEPPEL_FAMILIES, token).status()).as("fresh").isEqualTo(200);

        // lifespan 1 s plus the e2e clock skew of 1 s (production allows 30 s)
        Thread.sleep(3_000);

        Http.Response expired = http.get(MEPPEL_FAMILIES, token);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void aTokenOfAnotherRealmIs401() {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        ObjectNode realm = KeycloakAdmin.object().put("realm", "andere").put("enabled", true);
        realm.putObject("roles").putArray("realm").addObject().put("name", "coordinator");
        realm.putArray("clients").add(admin.client("naober", "naober-web").put("secret", keycloak.webClientSecret()));
        ObjectNode user = realm.putArray("users")
                .addObject()
                .put("username", "coordinator.meppel")
                .put("enabled", true)
                .put("firstName", "Andere")
                .put("lastName", "Realm")
                // a new realm's default user profile requires an e-mail address
                .put("email", "coordinator.meppel@andere.example")
                .put("emailVerified", true);
        user.putArray("realmRoles").add("coordinator");
        user.putObject("attributes").putArray("organization").add("meppel");
        user.putArray("credentials")
                .addObject()
                .put("type", "password")
                .put("value", Http.DEMO_PASSWORD)
                .put("temporary", false);
        admin.createRealm(realm);
        KeycloakLogin other = new KeycloakLogin(
                keycloak.baseUrl() + "/realms/andere",
                "naober-web",
                keycloak.webClientSecret(),
                keycloak.naoberBaseUrl() + "/login/oauth2/code/keycloak");

        String token = other.accessToken("coordinator.meppel", Http.DEMO_PASSWORD);

        assertThat(KeycloakLogin.claims(token).get("iss").asString()).endsWith("/realms/andere");
        assertThat(http.get(MEPPEL_FAMILIES, Http.bearer(token)).status()).isEqualTo(401);
    }

    @Test
    void noTokenIs401() {
        PATHS.forEach(path -> assertThat(http.get(path, null).status()).as(path).isEqualTo(401));
    }

    private int families(String schema) {
        return Sql.count("select count(*) from " + schema + ".family");
    }
}
