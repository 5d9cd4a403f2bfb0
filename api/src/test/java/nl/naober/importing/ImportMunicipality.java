package nl.naober.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.naober.support.Browser;
import nl.naober.support.CbsCodes;
import nl.naober.support.Http;

/**
 * A municipality onboarded for an import test, with a coordinator and a policy officer who chose their own passwords:
 * the historical case load imported into it is the only data there. The Chromium test of the import screen logs in
 * with the coordinator's username and own password.
 *
 * @param coordinator the coordinator's HTTP Basic header
 * @param policyOfficer the policy officer's HTTP Basic header
 */
public record ImportMunicipality(
        String code, String coordinator, String policyOfficer, String coordinatorUsername, String coordinatorPassword) {

    private static final String ADMIN = Http.basic("admin.buurtgezinnen");
    private static ImportMunicipality shared;

    /** One municipality for the import tests of a run (onboarding one takes seconds). */
    static synchronized ImportMunicipality shared(int port) {
        if (shared == null) {
            shared = onboard(port, "imp");
        }
        return shared;
    }

    public static ImportMunicipality onboard(int port, String prefix) {
        Http http = new Http(port);
        String code = prefix + "-" + Long.toString(System.nanoTime(), 36);
        Http.Response onboarded = http.post(
                "/api/v1/admin/municipalities",
                ADMIN,
                Http.json(Map.of(
                        "code",
                        code,
                        "name",
                        "Import " + code,
                        "cbsCode",
                        CbsCodes.free(),
                        "programmeStart",
                        "2020-09-01")));
        assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
        String base = "/api/v1/admin/municipalities/" + code;
        Http.Response organisation = http.post(
                base + "/welfare-organisations",
                ADMIN,
                Http.json(Map.of(
                        "name",
                        "Welzijn " + code,
                        "contactPerson",
                        "Petra Jansen",
                        "email",
                        "info@welzijn.example",
                        "phone",
                        "0528 123456",
                        "kvkNumber",
                        "12345678")));
        assertThat(organisation.status()).as(organisation.body()).isEqualTo(201);
        String coordinator = "coordinator." + code;
        Http.Response added = http.post(
                base + "/users",
                ADMIN,
                Http.json(Map.of(
                        "username",
                        coordinator,
                        "role",
                        "COORDINATOR",
                        "welfareOrganisationId",
                        organisation.json().get("id").asString())));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String password = added.json().get("oneTimePassword").asString();
        Browser.loggedInWithOneTimePassword(port, coordinator, password);
        String policy = "policy." + code;
        Http.Response policyAdded =
                http.post(base + "/users", ADMIN, Http.json(Map.of("username", policy, "role", "POLICY_OFFICER")));
        assertThat(policyAdded.status()).as(policyAdded.body()).isEqualTo(201);
        String policyPassword = policyAdded.json().get("oneTimePassword").asString();
        Browser.loggedInWithOneTimePassword(port, policy, policyPassword);
        return new ImportMunicipality(
                code,
                basic(coordinator, Browser.ownPassword(password)),
                basic(policy, Browser.ownPassword(policyPassword)),
                coordinator,
                Browser.ownPassword(password));
    }

    static String basic(String username, String password) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    String schema() {
        return "t_" + code.replace('-', '_');
    }
}
