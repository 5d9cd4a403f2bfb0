package nl.naober.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The network view: a network admin sees its own municipalities side by side, nobody else sees them. */
@NaoberIntegrationTest
class NetworkMonitoringTest {

    private static final String BUURTGEZINNEN = "/api/v1/admin/networks/buurtgezinnen/monitoring";

    @LocalServerPort
    int port;

    @Test
    void aNetworkAdminSeesItsOwnMunicipalitiesSideBySide() {
        Http http = new Http(port);

        Http.Response response = http.get(BUURTGEZINNEN, Http.basic("admin.buurtgezinnen"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        List<String> municipalities = new ArrayList<>();
        report.get("municipalities").forEach(name -> municipalities.add(name.asString()));
        assertThat(municipalities).contains("Meppel", "Hoogeveen", "De Wolden").doesNotContain("Emmen");
        JsonNode counts = report.get("tables").get(0);
        assertThat(counts.get("columns").get(counts.get("columns").size() - 1).asString())
                .isEqualTo("Netwerk");
        counts.get("rows")
                .forEach(row -> row.get("cells").forEach(cell -> {
                    if ("Count".equals(cell.get("type").asString())) {
                        int value = cell.get("value").asInt();
                        assertThat(value == 0
                                        || value
                                                >= report.get("suppressionThreshold")
                                                        .asInt())
                                .as("no small count shown")
                                .isTrue();
                    }
                }));
    }

    @Test
    void nobodyElseSeesTheNetwork() {
        Http http = new Http(port);

        assertThat(http.get(BUURTGEZINNEN, Http.basic("admin.steunoudernl")).status())
                .isEqualTo(404);
        assertThat(http.get(BUURTGEZINNEN, Http.basic("policy.meppel")).status())
                .isEqualTo(403);
        assertThat(http.get(BUURTGEZINNEN, Http.basic("coordinator.meppel")).status())
                .isEqualTo(403);
        assertThat(http.get(BUURTGEZINNEN, Http.basic("admin.platform")).status())
                .isEqualTo(403);
        assertThat(http.get(BUURTGEZINNEN, null).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/admin/networks/steunoudernl/monitoring", Http.basic("admin.buurtgezinnen"))
                        .status())
                .isEqualTo(404);
    }
}
