package nl.naober.privacy.accesslog;

import static nl.naober.support.Families.newFamilyJson;
import static nl.naober.support.Families.path;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
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
 * The privacy officer searches the whole log of the own municipality; a coordinator sees who viewed one file; nobody
 * else sees either, and each search is logged itself.
 */
@NaoberIntegrationTest
class AccessLogSearchTest {

    private static final String LOG = "/api/v1/municipalities/meppel/access-log";

    @LocalServerPort
    int port;

    Http http;
    UUID family;

    @BeforeEach
    void aFamilyViewedByMeppelsCoordinator() {
        http = new Http(port);
        Http.Response created = http.post(path("meppel"), basic("coordinator.meppel"), newFamilyJson("Zoek Logboek"));
        family = UUID.fromString(created.json().get("id").asString());
        assertThat(http.get(path("meppel") + "/" + family, basic("coordinator.meppel"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void thePrivacyOfficerFindsEveryLineAboutAPersonAndTheSearchIsLoggedToo() {
        Http.Response found = http.get(LOG + "?person=" + family, basic("privacy.meppel"));
        assertThat(found.status()).isEqualTo(200);
        JsonNode lines = found.json().get("content");
        assertThat(lines).extracting(l -> l.get("action").asString()).contains("CREATE", "READ");
        assertThat(lines)
                .filteredOn(l -> !l.get("recordType").asString().equals("ACCESS_LOG"))
                .allSatisfy(l -> assertThat(l.get("username").asString()).isEqualTo("coordinator.meppel"));
        assertThat(found.body()).doesNotContain("Zoek Logboek");

        assertThat(Sql.count(
                        "select count(*) from t_meppel.access_log where username = 'privacy.meppel'"
                                + " and action = 'QUERY' and record_type = 'ACCESS_LOG' and record_id = ?",
                        family))
                .isEqualTo(1);
    }

    @Test
    void searchingByUserAndPeriodAndDownloadingTheCsv() {
        String today = LocalDate.now().toString();
        Http.Response byUser =
                http.get(LOG + "?username=coordinator.meppel&from=" + today + "&to=" + today, basic("privacy.meppel"));
        assertThat(byUser.status()).isEqualTo(200);
        assertThat(byUser.json().get("totalElements").asLong()).isPositive();
        assertThat(http.get(LOG + "?from=2026-12-02&to=2026-12-01", basic("privacy.meppel"))
                        .json()
                        .get("title")
                        .asString())
                .isEqualTo("Ongeldige periode");

        Http.Response csv = http.get(LOG + ".csv?person=" + family, basic("privacy.meppel"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith(AccessLogCsv.HEADER).contains(family.toString());
        assertThat(Sql.count(
                        "select count(*) from t_meppel.access_log where username = 'privacy.meppel'"
                                + " and action = 'EXPORT' and record_id = ?",
                        family))
                .isEqualTo(1);
    }

    @Test
    void nobodyButTheOwnPrivacyOfficerSearchesTheLog() {
        assertThat(http.get(LOG, basic("coordinator.meppel")).status()).isEqualTo(403);
        assertThat(http.get(LOG, basic("policy.meppel")).status()).isEqualTo(403);
        assertThat(http.get(LOG, basic("admin.buurtgezinnen")).status()).isEqualTo(403);
        assertThat(http.get(LOG, basic("privacy.hoogeveen")).status()).isEqualTo(404);
        assertThat(http.get(LOG + ".csv", basic("privacy.hoogeveen")).status()).isEqualTo(404);
        assertThat(http.get(LOG, basic("admin.platform")).status()).isEqualTo(404);
        assertThat(http.get(LOG, null).status()).isEqualTo(401);
        assertThat(http.get(LOG + ".csv", null).status()).isEqualTo(401);
    }

    @Test
    void aCoordinatorSeesWhoViewedTheFileAndNobodyElseDoes() {
        String fileLog = path("meppel") + "/" + family + "/access-log";
        Http.Response who = http.get(fileLog, basic("coordinator.meppel"));
        assertThat(who.status()).isEqualTo(200);
        assertThat(who.json().get("content"))
                .extracting(l -> l.get("action").asString())
                .contains("CREATE", "READ");

        assertThat(http.get(fileLog, basic("privacy.meppel")).status()).isEqualTo(403);
        assertThat(http.get(fileLog, basic("policy.meppel")).status()).isEqualTo(403);
        assertThat(http.get(fileLog, basic("coordinator.hoogeveen")).status()).isEqualTo(404);
        assertThat(http.get(fileLog.replace("/meppel/", "/hoogeveen/"), basic("coordinator.hoogeveen"))
                        .status())
                .as("Hoogeveen has no such family")
                .isEqualTo(404);
        assertThat(http.get(fileLog, null).status()).isEqualTo(401);
    }

    @Test
    void theScreensShowTheSameLog() {
        Browser privacy = Browser.loggedIn(port, "privacy.meppel");
        HttpResponse<String> page = privacy.get("/privacy/logboek?person=" + family);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("coordinator.meppel")
                .contains("Aangemaakt")
                .contains("Ingezien");
        assertThat(page.body()).doesNotContain("Zoek Logboek");

        HttpResponse<String> wrong = privacy.get("/privacy/logboek?person=geen-nummer&from=2026-13-01");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body())
                .contains("Vul bij Persoon een volledig nummer in")
                .contains("Vul bij Vanaf een datum in")
                .contains("value=\"geen-nummer\"");
        assertThat(privacy.get("/gezinnen").statusCode()).isEqualTo(403);
        assertThat(privacy.get("/gezinnen/" + family + "/inzage").statusCode()).isEqualTo(403);

        Browser coordinator = Browser.loggedIn(port, "coordinator.meppel");
        assertThat(coordinator.get("/gezinnen/" + family).body()).contains("Wie heeft dit dossier ingezien");
        HttpResponse<String> file = coordinator.get("/gezinnen/" + family + "/inzage");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body())
                .contains("Wie heeft het dossier van Zoek Logboek ingezien")
                .contains("Ingezien");
        assertThat(coordinator.get("/privacy/logboek").statusCode()).isEqualTo(403);
        assertThat(Browser.loggedIn(port, "coordinator.hoogeveen")
                        .get("/gezinnen/" + family + "/inzage")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aMonitoringQuerySaysWhoAskedWhichPeriod() {
        Http.Response report = http.get(
                "/api/v1/municipalities/meppel/monitoring?from=2025-01-01&to=2025-12-31", basic("policy.meppel"));
        assertThat(report.status()).isEqualTo(200);
        assertThat(Sql.count(
                        "select count(*) from t_meppel.access_log where username = 'policy.meppel'"
                                + " and action = 'QUERY' and record_type = 'MONITORING'"
                                + " and detail = 'period 2025-01-01..2025-12-31' and request_id = ?",
                        report.header("X-Request-Id")))
                .isEqualTo(1);
    }
}
