package nl.naober.administration.organisation;

import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.support.Browser;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A network admin adds a welfare organisation and users to one of its municipalities; the new users log in with
 * their one-time password to exactly that municipality, and a deactivated one no longer gets in.
 */
@NaoberIntegrationTest
class AdminOrganisationsAndUsersTest {

    static final String ADMIN = basic("admin.buurtgezinnen");
    static final String DE_WOLDEN = "/api/v1/admin/municipalities/de-wolden";

    @LocalServerPort
    int port;

    Http http;
    String suffix;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void networkAdminAddsAnOrganisationACoordinatorAndAPolicyOfficerWhoLogInToTheirMunicipalityOnly() {
        JsonNode organisation = created(http.post(
                DE_WOLDEN + "/welfare-organisations",
                ADMIN,
                Http.json(organisationBody("Welzijn De Wolden " + suffix, "12345678"))));
        String organisationId = organisation.get("id").asString();
        assertThat(organisation.get("municipalityCode").asString()).isEqualTo("de-wolden");
        assertThat(organisation.get("kvkNumber").asString()).isEqualTo("12345678");
        assertThat(organisation.get("version").asLong()).isZero();

        String coordinator = "coordinator.wolden-" + suffix;
        Http.Response coordinatorAdded = http.post(
                DE_WOLDEN + "/users",
                ADMIN,
                Http.json(Map.of(
                        "username", coordinator, "role", "COORDINATOR", "welfareOrganisationId", organisationId)));
        JsonNode coordinatorJson = created(coordinatorAdded);
        String coordinatorPassword = coordinatorJson.get("oneTimePassword").asString();
        assertThat(coordinatorPassword).hasSizeGreaterThanOrEqualTo(16);
        assertThat(coordinatorJson.get("welfareOrganisationName").asString()).isEqualTo("Welzijn De Wolden " + suffix);
        assertThat(coordinatorJson.get("mustChangePassword").asBoolean()).isTrue();
        assertThat(coordinatorAdded.header("Location")).endsWith("/de-wolden/users/" + coordinator);

        String policyOfficer = "policy.wolden-" + suffix;
        JsonNode policyJson = created(http.post(
                DE_WOLDEN + "/users", ADMIN, Http.json(Map.of("username", policyOfficer, "role", "POLICY_OFFICER"))));
        String policyPassword = policyJson.get("oneTimePassword").asString();
        assertThat(policyPassword).hasSizeGreaterThanOrEqualTo(16).isNotEqualTo(coordinatorPassword);

        String privacyOfficer = "privacy.wolden-" + suffix;
        JsonNode privacyJson = created(http.post(
                DE_WOLDEN + "/users", ADMIN, Http.json(Map.of("username", privacyOfficer, "role", "PRIVACY_OFFICER"))));
        assertThat(privacyJson.get("role").asString()).isEqualTo("PRIVACY_OFFICER");
        String privacyPassword = privacyJson.get("oneTimePassword").asString();
        Browser.loggedInWithOneTimePassword(port, privacyOfficer, privacyPassword);
        assertThat(http.get(
                                "/api/v1/municipalities/de-wolden/families",
                                login(privacyOfficer, Browser.ownPassword(privacyPassword)))
                        .status())
                .isEqualTo(403);
        assertThat(http.post(
                                DE_WOLDEN + "/users",
                                ADMIN,
                                Http.json(Map.of(
                                        "username",
                                        "privacy.org-" + suffix,
                                        "role",
                                        "PRIVACY_OFFICER",
                                        "welfareOrganisationId",
                                        organisationId)))
                        .status())
                .isEqualTo(400);

        // The new coordinator works in De Wolden only, once they chose their own password (PasswordChangeTest); the
        // policy officer sees no personal data.
        assertThat(http.get("/api/v1/municipalities/de-wolden/families", login(coordinator, coordinatorPassword))
                        .status())
                .isEqualTo(403);
        Browser.loggedInWithOneTimePassword(port, coordinator, coordinatorPassword);
        Browser.loggedInWithOneTimePassword(port, policyOfficer, policyPassword);
        String coordinatorLogin = login(coordinator, Browser.ownPassword(coordinatorPassword));
        assertThat(http.get("/api/v1/municipalities/de-wolden/families", coordinatorLogin)
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/municipalities/meppel/families", coordinatorLogin)
                        .status())
                .isEqualTo(404);
        assertThat(http.get(
                                "/api/v1/municipalities/de-wolden/families",
                                login(policyOfficer, Browser.ownPassword(policyPassword)))
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/municipalities/de-wolden/families", login(coordinator, "naober-demo"))
                        .status())
                .isEqualTo(401);

        // The list shows both, with the coordinator's organisation; no password in any later answer.
        Http.Response list = http.get(DE_WOLDEN + "/users?size=100", ADMIN);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(coordinatorPassword).doesNotContain("oneTimePassword");
        JsonNode listed = user(list.json(), coordinator);
        assertThat(listed.get("role").asString()).isEqualTo("COORDINATOR");
        assertThat(listed.get("welfareOrganisationId").asString()).isEqualTo(organisationId);
        assertThat(listed.get("enabled").asBoolean()).isTrue();
        assertThat(user(list.json(), policyOfficer).get("welfareOrganisationId").isNull())
                .isTrue();
        assertThat(user(list.json(), "coordinator.de-wolden").get("role").asString())
                .isEqualTo("COORDINATOR");
        assertThat(list.body()).doesNotContain("coordinator.meppel").doesNotContain("admin.buurtgezinnen");

        // Stored as a BCrypt hash only; no longer marked for a password change, as the coordinator chose their own.
        assertThat(Sql.strings(
                        "select password_hash || '|' || must_change_password || '|' || welfare_organisation_id"
                                + " from platform.local_account where username = ?",
                        coordinator))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .startsWith("{bcrypt}$2")
                        .endsWith("|false|" + organisationId)
                        .doesNotContain(coordinatorPassword));

        // Deactivated: the very next request is refused; activated again: back in.
        JsonNode deactivated = ok(http.post(DE_WOLDEN + "/users/" + coordinator + "/deactivate", ADMIN, ""));
        assertThat(deactivated.get("enabled").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/municipalities/de-wolden/families", coordinatorLogin)
                        .status())
                .isEqualTo(401);
        assertThat(ok(http.get(DE_WOLDEN + "/users/" + coordinator, ADMIN))
                        .get("enabled")
                        .asBoolean())
                .isFalse();
        ok(http.post(DE_WOLDEN + "/users/" + coordinator + "/activate", ADMIN, ""));
        assertThat(http.get("/api/v1/municipalities/de-wolden/families", coordinatorLogin)
                        .status())
                .isEqualTo(200);
        ok(http.post(DE_WOLDEN + "/users/" + coordinator + "/deactivate", ADMIN, ""));

        // Audited: who did what, before and after, and never a password or hash.
        List<String> audit = Sql.strings(
                "select actor || '|' || action || '|' || coalesce(network_code, '') || '|'"
                        + " || coalesce(before_state, '') || '|' || coalesce(after_state, '')"
                        + " from platform.admin_audit where municipality_code = 'de-wolden'"
                        + " and target in (?, ?, ?) and action <> 'PASSWORD_CHANGED' order by id",
                "welfare-organisation:" + organisationId,
                "user:" + coordinator,
                "user:" + policyOfficer);
        assertThat(audit)
                .extracting(row -> row.split("\\|")[1])
                .containsExactly(
                        "WELFARE_ORGANISATION_CREATED",
                        "USER_CREATED",
                        "USER_CREATED",
                        "USER_DEACTIVATED",
                        "USER_ACTIVATED",
                        "USER_DEACTIVATED");
        assertThat(audit)
                .allSatisfy(row -> assertThat(row)
                        .startsWith("admin.buurtgezinnen|")
                        .contains("|buurtgezinnen|")
                        .doesNotContain(coordinatorPassword)
                        .doesNotContain(policyPassword)
                        .doesNotContain("bcrypt")
                        .doesNotContain("$2a$")
                        .doesNotContain("oneTimePassword"));
        assertThat(audit.get(0)).contains("name=Welzijn De Wolden " + suffix).contains("kvkNumber=12345678");
        assertThat(audit.get(3)).contains("enabled=true").endsWith("enabled=false, mustChangePassword=false");
    }

    @Test
    void theUserListShowsUsersWithoutAnOrganisation() {
        Http.Response users = http.get("/api/v1/admin/municipalities/meppel/users?size=100", ADMIN);

        assertThat(users.status()).as(users.body()).isEqualTo(200);
        assertThat(users.body()).contains("coordinator.meppel").contains("policy.meppel");
    }

    @Test
    void organisationEditsUseTheVersionAndKeepNamesUniquePerMunicipality() {
        String name = "Welzijnswerk " + suffix;
        JsonNode organisation = created(
                http.post(DE_WOLDEN + "/welfare-organisations", ADMIN, Http.json(organisationBody(name, null))));
        String path =
                DE_WOLDEN + "/welfare-organisations/" + organisation.get("id").asString();

        Http.Response duplicate = http.post(
                DE_WOLDEN + "/welfare-organisations", ADMIN, Http.json(organisationBody(name.toUpperCase(), null)));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("rules").get(0).get("rule").asString())
                .isEqualTo("rule.welfare-organisation-name-taken");
        assertThat(duplicate.json().get("rules").get(0).get("message").asString())
                .isEqualTo("Deze gemeente heeft al een welzijnsorganisatie met deze naam.");
        // Another municipality may have an organisation of the same name.
        created(http.post(
                "/api/v1/admin/municipalities/meppel/welfare-organisations",
                ADMIN,
                Http.json(organisationBody(name, null))));

        Map<String, Object> edit = new HashMap<>(organisationBody(name + " (Zuid)", "87654321"));
        edit.put("version", 0);
        JsonNode edited = ok(put(path, Http.json(edit)));
        assertThat(edited.get("version").asLong()).isEqualTo(1);
        assertThat(edited.get("name").asString()).isEqualTo(name + " (Zuid)");
        assertThat(ok(http.get(path, ADMIN)).get("kvkNumber").asString()).isEqualTo("87654321");

        Http.Response stale = put(path, Http.json(edit));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asString()).endsWith("/stale-version");

        Http.Response list = http.get(DE_WOLDEN + "/welfare-organisations?size=100", ADMIN);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("totalElements").asLong()).isPositive();
        assertThat(list.body()).contains(name + " (Zuid)");

        assertThat(http.get(DE_WOLDEN + "/welfare-organisations/" + UUID.randomUUID(), ADMIN)
                        .json()
                        .get("title")
                        .asString())
                .isEqualTo("Welzijnsorganisatie niet gevonden");
        assertThat(Sql.strings(
                        "select before_state || ' -> ' || after_state from platform.admin_audit"
                                + " where action = 'WELFARE_ORGANISATION_UPDATED' and target = ?",
                        "welfare-organisation:" + organisation.get("id").asString()))
                .singleElement()
                .satisfies(row -> assertThat(row).contains("name=" + name + ",").contains("name=" + name + " (Zuid)"));
    }

    @Test
    void invalidInputIsRefusedWithClearMessages() {
        Http.Response badKvk = http.post(
                DE_WOLDEN + "/welfare-organisations", ADMIN, Http.json(organisationBody("Welzijn " + suffix, "1234")));
        assertThat(badKvk.status()).isEqualTo(400);
        assertThat(fieldError(badKvk, "kvkNumber")).isEqualTo("Een KvK-nummer bestaat uit precies 8 cijfers.");

        Http.Response noName = http.send(http.request(DE_WOLDEN + "/welfare-organisations", ADMIN)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(Http.json(Map.of("name", " ")))));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(fieldError(noName, "name")).isEqualTo("Enter the name of the welfare organisation.");

        Http.Response taken = http.post(
                DE_WOLDEN + "/users",
                ADMIN,
                Http.json(Map.of("username", "coordinator.meppel", "role", "POLICY_OFFICER")));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("rules").get(0).get("rule").asString()).isEqualTo("rule.username-taken");
        assertThat(taken.json().get("rules").get(0).get("message").asString())
                .isEqualTo("Deze gebruikersnaam is al in gebruik; kies een andere.");

        Http.Response noOrganisation = http.post(
                DE_WOLDEN + "/users",
                ADMIN,
                Http.json(Map.of("username", "coordinator.x-" + suffix, "role", "COORDINATOR")));
        assertThat(noOrganisation.status()).isEqualTo(400);
        assertThat(fieldError(noOrganisation, "welfareOrganisationId"))
                .isEqualTo("Een coördinator hoort bij een welzijnsorganisatie; kies er een.");

        JsonNode meppelOrganisation = created(http.post(
                "/api/v1/admin/municipalities/meppel/welfare-organisations",
                ADMIN,
                Http.json(organisationBody("Welzijn Meppel " + suffix, null))));
        String meppelId = meppelOrganisation.get("id").asString();
        Http.Response otherMunicipality = http.post(
                DE_WOLDEN + "/users",
                ADMIN,
                Http.json(Map.of(
                        "username",
                        "coordinator.x-" + suffix,
                        "role",
                        "COORDINATOR",
                        "welfareOrganisationId",
                        meppelId)));
        assertThat(otherMunicipality.status()).isEqualTo(409);
        assertThat(otherMunicipality.json().get("rules").get(0).get("rule").asString())
                .isEqualTo("rule.welfare-organisation-not-in-municipality");

        Http.Response policyWithOrganisation = http.post(
                "/api/v1/admin/municipalities/meppel/users",
                ADMIN,
                Http.json(Map.of(
                        "username",
                        "policy.x-" + suffix,
                        "role",
                        "POLICY_OFFICER",
                        "welfareOrganisationId",
                        meppelId)));
        assertThat(policyWithOrganisation.status()).isEqualTo(400);
        assertThat(fieldError(policyWithOrganisation, "welfareOrganisationId")).contains("beleidsmedewerker");

        Http.Response otherRole = http.post(
                DE_WOLDEN + "/users",
                ADMIN,
                Http.json(Map.of("username", "admin.x-" + suffix, "role", "NETWORK_ADMIN")));
        assertThat(otherRole.status()).isEqualTo(400);
        assertThat(otherRole.json().get("errors").get(0).get("field").asString())
                .isEqualTo("role");

        Http.Response badUsername = http.post(
                DE_WOLDEN + "/users", ADMIN, Http.json(Map.of("username", "Jan Jansen", "role", "POLICY_OFFICER")));
        assertThat(badUsername.status()).isEqualTo(400);
        assertThat(fieldError(badUsername, "username")).startsWith("Een gebruikersnaam heeft 3 tot 100 tekens");

        assertThat(http.post(DE_WOLDEN + "/users/admin.buurtgezinnen/deactivate", ADMIN, "")
                        .status())
                .isEqualTo(404);
        assertThat(http.post(DE_WOLDEN + "/users/coordinator.meppel/deactivate", ADMIN, "")
                        .status())
                .isEqualTo(404);
        assertThat(Sql.count("select count(*) from platform.local_account where username like ?", "%.x-" + suffix))
                .isZero();
    }

    static Map<String, Object> organisationBody(String name, String kvkNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("contactPerson", "Petra Jansen");
        body.put("email", "info@welzijn.example");
        body.put("phone", "0528 123456");
        body.put("kvkNumber", kvkNumber);
        return body;
    }

    static String login(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Http.Response put(String path, String json) {
        return http.send(http.request(path, ADMIN)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonNode user(JsonNode page, String username) {
        for (JsonNode user : page.get("content")) {
            if (user.get("username").asString().equals(username)) {
                return user;
            }
        }
        throw new AssertionError(username + " not listed in " + page);
    }

    private static String fieldError(Http.Response response, String field) {
        for (JsonNode error : response.json().get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("no error on " + field + " in " + response.body());
    }

    static JsonNode created(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
