package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.naober.support.Http;
import nl.naober.support.Sql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Tenant administration in keycloak mode: a network admin adds a coordinator and a policy officer to a
 * municipality through Naober's REST API, and they exist in the real Keycloak with the right role and membership,
 * must set their own password at first login, and reach exactly that municipality; deactivating one ends its
 * logins. Another network's admin and municipal users cannot touch it.
 */
@NaoberE2ETest
class KeycloakUserProvisioningE2E {

    private static final String USERS = "/api/v1/admin/municipalities/de-wolden/users";
    private static final String NEW_PASSWORD = "Zelf-gekozen-2026";

    private static KeycloakLogin login;
    private static String buurtgezinnen;
    private final Http http = new Http(KeycloakServer.get().naoberPort());

    @BeforeAll
    static void logIn() {
        login = KeycloakLogin.naoberWeb(KeycloakServer.get());
        buurtgezinnen = Http.bearer(login.accessToken("admin.buurtgezinnen", Http.DEMO_PASSWORD));
    }

    @Test
    void aProvisionedCoordinatorSetsAPasswordAndWorksInExactlyItsMunicipality() {
        String organisation = http.post(
                        "/api/v1/admin/municipalities/de-wolden/welfare-organisations",
                        buurtgezinnen,
                        "{\"name\":\"Welzijn De Wolden E2E\",\"kvkNumber\":\"12345678\"}")
                .json()
                .get("id")
                .asString();

        Http.Response created = http.post(
                USERS,
                buurtgezinnen,
                "{\"username\":\"coordinator.e2e-wolden\",\"role\":\"COORDINATOR\",\"welfareOrganisationId\":\""
                        + organisation + "\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode user = created.json();
        assertThat(user.get("mustChangePassword").asBoolean()).isTrue();
        String oneTimePassword = user.get("oneTimePassword").asString();
        assertThat(oneTimePassword).isNotBlank();
        assertThat(http.get(USERS + "/coordinator.e2e-wolden", buurtgezinnen)
                        .json()
                        .get("welfareOrganisationName")
                        .asString())
                .isEqualTo("Welzijn De Wolden E2E");

        JsonNode tokens = login.tokens("coordinator.e2e-wolden", oneTimePassword, NEW_PASSWORD);
        JsonNode claims = KeycloakLogin.claims(tokens.get("access_token").asString());
        assertThat(claims.get("organization").asString()).isEqualTo("de-wolden");
        assertThat(claims.get("realm_access").get("roles").toString()).contains("\"coordinator\"");
        String coordinator = Http.bearer(tokens.get("access_token").asString());
        assertThat(http.get("/api/v1/municipalities/de-wolden/families", coordinator)
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/municipalities/meppel/families", coordinator)
                        .status())
                .isEqualTo(404);
        assertThat(http.get(USERS, coordinator).status())
                .as("no admin endpoint")
                .isEqualTo(403);
        assertThat(login.refuses("coordinator.e2e-wolden", oneTimePassword))
                .as("the one-time password is spent")
                .isTrue();
        assertThat(http.get(USERS + "/coordinator.e2e-wolden", buurtgezinnen)
                        .json()
                        .get("mustChangePassword")
                        .asBoolean())
                .isFalse();

        assertThat(http.post(USERS + "/coordinator.e2e-wolden/deactivate", buurtgezinnen, "")
                        .status())
                .isEqualTo(200);
        assertThat(login.refuses("coordinator.e2e-wolden", NEW_PASSWORD))
                .as("a deactivated user cannot log in")
                .isTrue();

        List<String> audit = Sql.strings("select action || ' ' || coalesce(after_state, '') from platform.admin_audit"
                + " where target = 'user:coordinator.e2e-wolden' order by id");
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0)).startsWith("USER_CREATED").doesNotContain(oneTimePassword);
        assertThat(audit.get(1)).startsWith("USER_DEACTIVATED");
    }

    @Test
    void aPolicyOfficerIsProvisionedWithoutAnOrganisationAndIsListed() {
        Http.Response created =
                http.post(USERS, buurtgezinnen, "{\"username\":\"policy.e2e-wolden\",\"role\":\"POLICY_OFFICER\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        String policy = Http.bearer(login.tokens(
                        "policy.e2e-wolden",
                        created.json().get("oneTimePassword").asString(),
                        NEW_PASSWORD)
                .get("access_token")
                .asString());
        assertThat(http.get("/api/v1/municipalities/de-wolden/families", policy).status())
                .as("a policy officer reads no personal data")
                .isEqualTo(403);

        JsonNode page = http.get(USERS + "?size=100", buurtgezinnen).json();
        assertThat(page.toString()).contains("policy.e2e-wolden", "coordinator.de-wolden", "policy.de-wolden");
        assertThat(page.toString()).doesNotContain("coordinator.meppel");
    }

    @Test
    void aTakenUsernameIsRefusedWhereverItLives() {
        Http.Response taken =
                http.post(USERS, buurtgezinnen, "{\"username\":\"coordinator.meppel\",\"role\":\"POLICY_OFFICER\"}");

        assertThat(taken.status()).isEqualTo(409);
    }

    @Test
    void othersCannotReadOrChangeTheUsers() {
        String steunoudernl = Http.bearer(login.accessToken("admin.steunoudernl", Http.DEMO_PASSWORD));
        String coordinator = Http.bearer(login.accessToken("coordinator.de-wolden", Http.DEMO_PASSWORD));
        String policy = Http.bearer(login.accessToken("policy.de-wolden", Http.DEMO_PASSWORD));
        String body = "{\"username\":\"policy.e2e-intruder\",\"role\":\"POLICY_OFFICER\"}";

        assertThat(http.get(USERS, steunoudernl).status()).isEqualTo(404);
        assertThat(http.post(USERS, steunoudernl, body).status()).isEqualTo(404);
        assertThat(http.get(USERS, coordinator).status()).isEqualTo(403);
        assertThat(http.post(USERS, policy, body).status()).isEqualTo(403);
        assertThat(http.post(USERS, null, body).status()).isEqualTo(401);
        assertThat(http.get(USERS + "/policy.e2e-intruder", buurtgezinnen).status())
                .as("nothing was created")
                .isEqualTo(404);
    }
}
