package nl.naober.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nl.naober.support.Browser;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18: the error pages follow the {@link nl.naober.web.StaffScreen} marker, not a list of packages. The privacy
 * officer's screens and the import screen sat outside that list, so a bad address there answered the REST API's
 * Problem Details (JSON) instead of the Dutch page in the user's layout that every other staff screen gives.
 */
@NaoberIntegrationTest
class StaffScreenErrorsTest {

    @LocalServerPort
    int port;

    @Test
    void aBadAddressOnThePrivacyScreensIsTheDutchPageInThePrivacyLayout() {
        Browser privacy = Browser.loggedIn(port, "privacy.meppel");
        for (String path : List.of(
                "/privacy/verzoeken?page=geen-getal",
                "/privacy/bewaren?page=geen-getal",
                "/privacy/logboek?page=geen-getal")) {
            HttpResponse<String> bad = privacy.get(path);

            assertThat(bad.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(bad.body())
                    .as(path)
                    .contains("Terug naar het logboek")
                    .doesNotContain("\"status\"")
                    .doesNotContain("geen-getal");
        }
    }

    @Test
    void aBadAddressOnTheImportScreenIsTheDutchPageInTheCoordinatorsLayout() {
        HttpResponse<String> bad = Browser.loggedIn(port, "coordinator.emmen").get("/importeren/geen-id");

        assertThat(bad.statusCode()).isEqualTo(404);
        assertThat(bad.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(bad.body()).contains("Terug naar Mijn werk").doesNotContain("\"status\"");
    }
}
