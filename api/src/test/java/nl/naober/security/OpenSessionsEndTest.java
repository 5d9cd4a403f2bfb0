package nl.naober.security;

import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.naober.mail.web.TestMunicipality;
import nl.naober.support.Browser;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user deactivated, or a municipality suspended, while someone has the screens open: the very next click ends
 * that session (back to the login page), not its expiry hours later.
 */
@NaoberIntegrationTest
class OpenSessionsEndTest {

    @LocalServerPort
    int port;

    @Test
    void deactivatingAUserOrSuspendingTheMunicipalityEndsOpenSessionsAtTheNextRequest() throws Exception {
        Http http = new Http(port);
        TestMunicipality municipality = TestMunicipality.onboard(http, "sessie");
        String users = "/api/v1/admin/municipalities/" + municipality.code() + "/users";
        Browser deactivated = loggedInAsNewPolicyOfficer(http, users, "policy." + municipality.code() + "-a");
        Browser other = loggedInAsNewPolicyOfficer(http, users, "policy." + municipality.code() + "-b");
        assertThat(pathAfter(deactivated.get("/monitoring"))).isEqualTo("/monitoring");

        ok(http.post(users + "/policy." + municipality.code() + "-a/deactivate", TestMunicipality.ADMIN, ""));
        Thread.sleep(1_100); // the answer per user is cached for at most a second
        assertThat(pathAfter(deactivated.get("/monitoring"))).as("deactivated").isEqualTo("/login");
        assertThat(pathAfter(other.get("/monitoring")))
                .as("the colleague works on")
                .isEqualTo("/monitoring");

        ok(http.post(
                "/api/v1/admin/municipalities/" + municipality.code() + "/suspend",
                TestMunicipality.ADMIN,
                "{\"reason\":\"Test\"}"));
        Thread.sleep(1_100);
        HttpResponse<String> afterSuspension = other.get("/monitoring");
        assertThat(pathAfter(afterSuspension)).as("municipality suspended").isEqualTo("/login");
        assertThat(afterSuspension.body()).doesNotContain("Monitoring van");
    }

    private Browser loggedInAsNewPolicyOfficer(Http http, String users, String username) {
        String password = created(http.post(
                        users,
                        TestMunicipality.ADMIN,
                        Http.json(Map.of("username", username, "role", "POLICY_OFFICER"))))
                .get("oneTimePassword")
                .asString();
        return Browser.loggedInWithOneTimePassword(port, username, password);
    }

    private static String pathAfter(HttpResponse<String> response) {
        return response.uri().getPath();
    }
}
