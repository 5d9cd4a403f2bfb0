package nl.naober.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.naober.support.Browser;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A closed evaluation period's report as it was archived before the archive had its own format (the REST DTO's
 * JSON, captured from a real closing: {@code archive/format0-stored.json}) still renders with the same figures,
 * through REST, CSV, PDF and the policy officer's screen (the expected outputs were captured from the same code);
 * and a period closed now is archived in format 1 and reads back as it was.
 */
@NaoberIntegrationTest
class ArchivedReportCompatibilityTest {

    private static final String FIXTURES = "/nl/naober/api/monitoring/archive/";
    private static final String ADMIN = Http.basic("admin.buurtgezinnen");
    private static final String PERIODS = "/api/v1/admin/municipalities/meppel/evaluation-periods";

    @LocalServerPort
    int port;

    @Test
    void aReportArchivedInTheFormerFormatRendersWithTheSameFigures() throws Exception {
        Http http = new Http(port);
        String id = closedPeriod(http, "2016-02-01", "2016-04-30");
        Sql.execute(
                "update platform.evaluation_period set frozen_figures = ? where id = ?::uuid",
                fixture("format0-stored.json"),
                id);
        String report = "/api/v1/municipalities/meppel/evaluation-periods/" + id + "/report";

        assertThat(http.get(report, ADMIN).body()).isEqualTo(fixture("format0-rest.json"));
        assertThat(http.get(report + ".csv", ADMIN).body()).isEqualTo(fixture("format0-rest.csv"));
        assertThat(pdfText(http, report + ".pdf")).isEqualTo(fixture("format0-pdf.txt"));
        String screen = Browser.loggedIn(port, "policy.meppel")
                .get("/monitoring/evaluatieperiodes/" + id)
                .body()
                .replace(id, "{id}");
        assertThat(screen)
                .contains("<h1>Evaluatierapport Pilot voorjaar 2025 – Archiefdorp</h1>")
                .contains(fixture("format0-screen-report.html"));
    }

    @Test
    void aPeriodClosedNowIsArchivedInFormat1AndReadsBackAsItWas() {
        Http http = new Http(port);
        Http.Response created = http.post(PERIODS, ADMIN, period("2015-05-01", "2015-07-31"));
        String id = created.json().get("id").asString();
        String report = "/api/v1/municipalities/meppel/evaluation-periods/" + id + "/report";
        String open = http.get(report, ADMIN).body();
        String openCsv = http.get(report + ".csv", ADMIN).body();

        assertThat(http.post(PERIODS + "/" + id + "/close", ADMIN, "").status()).isEqualTo(200);

        String stored = Sql.strings("select frozen_figures from platform.evaluation_period where id = ?::uuid", id)
                .get(0);
        assertThat(stored).startsWith("{\"formatVersion\":1,");
        // no figure's display text and no internal mark: only the cost avoided's sentence is text of its own
        assertThat(stored.replace("\"text\":\"Indicatief", "")).doesNotContain("\"text\"", "\"internal\"");
        assertThat(http.get(report, ADMIN).body()).isEqualTo(open);
        assertThat(http.get(report + ".csv", ADMIN).body()).isEqualTo(openCsv);
    }

    private static String closedPeriod(Http http, String start, String end) {
        Http.Response created = http.post(PERIODS, ADMIN, period(start, end));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Http.Response closed = http.post(PERIODS + "/" + id + "/close", ADMIN, "");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        return id;
    }

    private static String period(String start, String end) {
        return Http.json(Map.of(
                "name", "Archief " + Long.toString(System.nanoTime(), 36),
                "start", start,
                "end", end,
                "evaluationDate", end));
    }

    private static String pdfText(Http http, String path) throws IOException, InterruptedException {
        byte[] pdf = HttpClient.newHttpClient()
                .send(http.request(path, ADMIN).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = ArchivedReportCompatibilityTest.class.getResourceAsStream(FIXTURES + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
