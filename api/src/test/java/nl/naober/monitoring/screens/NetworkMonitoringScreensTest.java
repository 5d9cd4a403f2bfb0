package nl.naober.monitoring.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.naober.support.Browser;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The network admin's monitoring screen shows its own municipalities side by side, to nobody else. */
@NaoberIntegrationTest
class NetworkMonitoringScreensTest {

    @LocalServerPort
    int port;

    @Test
    void aNetworkAdminSeesItsMunicipalitiesSideBySide() {
        HttpResponse<String> page =
                Browser.loggedIn(port, "admin.buurtgezinnen").get("/beheer/monitoring");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Kerncijfers per gemeente", "Meppel", "Hoogeveen", "De Wolden", "Netwerk")
                .doesNotContain("Emmen");
    }

    @Test
    void aReversedPeriodKeepsWhatWasTyped() {
        HttpResponse<String> page =
                Browser.loggedIn(port, "admin.buurtgezinnen").get("/beheer/monitoring?van=01-05-2025&tot=01-01-2025");

        assertThat(page.body()).contains("value=\"01-05-2025\"", "value=\"01-01-2025\"");
        assertThat(page.body()).doesNotContain("Kerncijfers per gemeente");
    }

    @Test
    void aDayRangeIsRefusedAtTheFormAndWholeMonthsAreShown() {
        HttpResponse<String> days =
                Browser.loggedIn(port, "admin.buurtgezinnen").get("/beheer/monitoring?van=2025-01-01&tot=2025-01-15");
        assertThat(days.statusCode()).isEqualTo(400);
        assertThat(days.body())
                .contains("‘2025-01-15’ is niet de laatste dag van een maand")
                .contains("<input type=\"month\" id=\"tot\"")
                .doesNotContain("Kerncijfers per gemeente");

        HttpResponse<String> months =
                Browser.loggedIn(port, "admin.buurtgezinnen").get("/beheer/monitoring?van=2025-01&tot=2025-03");
        assertThat(months.statusCode()).isEqualTo(200);
        assertThat(months.body()).contains("Kerncijfers per gemeente");
    }

    @Test
    void othersAreRefused() {
        assertThat(Browser.loggedIn(port, "policy.meppel")
                        .get("/beheer/monitoring")
                        .statusCode())
                .isEqualTo(403);
        assertThat(Browser.loggedIn(port, "coordinator.meppel")
                        .get("/beheer/monitoring")
                        .statusCode())
                .isEqualTo(403);
    }
}
