package nl.naober.administration.organisation;

import static nl.naober.administration.organisation.AdminOrganisationsAndUsersTest.organisationBody;
import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.account.CoordinatorMailboxes;
import nl.naober.demo.DemoCatalog;
import nl.naober.mail.Recipient;
import nl.naober.settings.web.AdminHttp;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Who is mailed about a municipality (its enabled coordinators with an e-mail address) and which web sites may
 * call its public registration API: set by its network admin only.
 */
@NaoberIntegrationTest
class CoordinatorMailboxesAndPublicFormTest {

    static final String ADMIN = basic("admin.steunoudernl");
    static final String EMMEN = "/api/v1/admin/municipalities/emmen";

    @LocalServerPort
    int port;

    @Autowired
    CoordinatorMailboxes mailboxes;

    Http http;
    String suffix;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void enabledCoordinatorsWithAnAddressAreMailedAndNobodyElse() {
        String organisation = created(http.post(
                        EMMEN + "/welfare-organisations",
                        ADMIN,
                        Http.json(organisationBody("Welzijn Emmen " + suffix, "87654321"))))
                .get("id")
                .asString();
        String withEmail = "coordinator.emmen-" + suffix;
        JsonNode added = created(http.post(
                EMMEN + "/users",
                ADMIN,
                Http.json(user(withEmail, "COORDINATOR", organisation, "Anna.Bakker@Welzijn-Emmen.example"))));
        assertThat(added.get("email").asString()).isEqualTo("anna.bakker@welzijn-emmen.example");
        String withoutEmail = "coordinator.emmen-noemail-" + suffix;
        created(http.post(EMMEN + "/users", ADMIN, Http.json(user(withoutEmail, "COORDINATOR", organisation, null))));
        String disabled = "coordinator.emmen-off-" + suffix;
        created(http.post(
                EMMEN + "/users", ADMIN, Http.json(user(disabled, "COORDINATOR", organisation, "off@x.example"))));
        ok(http.post(EMMEN + "/users/" + disabled + "/deactivate", ADMIN, ""));
        created(http.post(
                EMMEN + "/users",
                ADMIN,
                Http.json(user("policy.emmen-" + suffix, "POLICY_OFFICER", null, "beleid@emmen.example"))));

        List<Recipient> recipients = mailboxes.activeCoordinators("emmen");

        assertThat(recipients)
                .extracting(Recipient::username)
                .contains("coordinator.emmen", withEmail)
                .doesNotContain(withoutEmail, disabled, "policy.emmen-" + suffix);
        assertThat(recipients)
                .filteredOn(r -> r.username().equals("coordinator.emmen"))
                .extracting(Recipient::email)
                .containsExactly(DemoCatalog.demoEmail("coordinator.emmen"));
        assertThat(mailboxes.activeCoordinators("meppel"))
                .extracting(Recipient::username)
                .containsExactly("coordinator.meppel");
    }

    @Test
    void anInvalidAddressIsRefusedWithAFieldError() {
        Http.Response refused = http.post(
                EMMEN + "/users",
                ADMIN,
                Http.json(user("coordinator.emmen-bad-" + suffix, "POLICY_OFFICER", null, "geen-adres")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("email");
        assertThat(http.get(EMMEN + "/users/coordinator.emmen-bad-" + suffix, ADMIN)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theNetworkAdminSetsTheOriginsThatMayEmbedTheForm() {
        String path = EMMEN + "/public-form";
        try {
            JsonNode saved = ok(AdminHttp.put(
                    http,
                    path,
                    ADMIN,
                    Http.json(Map.of(
                            "origins",
                            List.of("https://WWW.Emmen.nl/", "http://localhost:3000", " ", "https://www.emmen.nl")))));
            assertThat(saved.get("origins").toString())
                    .isEqualTo("[\"https://www.emmen.nl\",\"http://localhost:3000\"]");
            assertThat(ok(http.get(path, ADMIN)).get("origins").toString())
                    .isEqualTo(saved.get("origins").toString());

            for (String bad : List.of(
                    "https://www.emmen.nl/aanmelden", "ftp://emmen.nl", "www.emmen.nl", "https://www.emmen.nl?x=1")) {
                Http.Response refused = AdminHttp.put(http, path, ADMIN, Http.json(Map.of("origins", List.of(bad))));
                assertThat(refused.status()).as(bad).isEqualTo(409);
            }
            assertThat(ok(http.get(path, ADMIN)).get("origins").toString())
                    .isEqualTo(saved.get("origins").toString());
        } finally {
            ok(AdminHttp.put(http, path, ADMIN, Http.json(Map.of("origins", List.of()))));
        }
    }

    @Test
    void otherNetworksOtherRolesAndAnonymousCallersCannotReadOrChangeTheOrigins() {
        String path = EMMEN + "/public-form";
        String body = Http.json(Map.of("origins", List.of("https://evil.example")));
        assertThat(http.get(path, basic("admin.buurtgezinnen")).status()).isEqualTo(404);
        assertThat(AdminHttp.put(http, path, basic("admin.buurtgezinnen"), body).status())
                .isEqualTo(404);
        for (String user : List.of("coordinator.emmen", "policy.emmen", "coordinator.meppel")) {
            assertThat(http.get(path, basic(user)).status()).as(user).isEqualTo(403);
            assertThat(AdminHttp.put(http, path, basic(user), body).status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(http.get(path, null).status()).isEqualTo(401);
        assertThat(AdminHttp.put(http, path, null, body).status()).isEqualTo(401);
        assertThat(ok(http.get(path, ADMIN)).get("origins").toString()).doesNotContain("evil");
    }

    private static Map<String, Object> user(String username, String role, String organisation, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("role", role);
        body.put("welfareOrganisationId", organisation);
        body.put("email", email);
        return body;
    }
}
