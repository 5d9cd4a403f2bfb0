package nl.naober.monitoring.screens;

import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import nl.naober.tenancy.Tenant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The monitoring screens over real HTTP, logged in through the form, on real PostgreSQL: a policy officer sees the
 * figures of their own municipality and never a name; downloads carry the same aggregates; other roles, other
 * municipalities and anonymous visitors get nothing.
 */
@NaoberIntegrationTest
class MonitoringScreensTest {

    /** Every table title of the report, in order, and the indicative cost block. */
    static final List<String> TABLE_TITLES = List.of(
            "Aanmeldingen per maand",
            "Van aanmelding tot afsluiting, per bron",
            "Mediaan aantal dagen per stap",
            "Aanbod en vraag aan het eind van de periode",
            "Wachttijd van aanmelding tot start proefperiode (dagen)",
            "Koppelingen",
            "Afsluitredenen",
            "Geleverde dagdelen steun",
            "Verandering tussen intake en afsluiting (schaal 0–5)",
            "Indicatoren (NJi/CBS)",
            "Signalen en escalaties",
            "Aanmeldredenen",
            "Aanmeldingen per bron",
            "Trend per kwartaal",
            "Budget en wat het oplevert",
            "Indicatief vermeden jeugdzorgkosten");

    @LocalServerPort
    int port;

    String secretName;

    @BeforeEach
    void seedAFamilyWithAName() {
        secretName = "Vertrouwelijk Ouder " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate registered = LocalDate.now().minusDays(10);
        Sql.execute(
                "INSERT INTO \"" + Tenant.of("meppel").schema() + "\".family (id, parent_name, postcode,"
                        + " number_of_children, registration_date, status, created_at, source, reasons)"
                        + " VALUES (?, ?, '7941 AB', 2, ?, 'REGISTERED', ?, 'SELF_REGISTRATION', 'POVERTY')",
                UUID.randomUUID(),
                secretName,
                Date.valueOf(registered),
                OffsetDateTime.of(registered.atTime(9, 0), ZoneOffset.ofHours(1)));
    }

    @Test
    void aPolicyOfficerSeesEveryTableTheLegendAndTheIndicativeCostButNoName() {
        HttpResponse<String> page = Session.loggedIn(port, "policy.meppel").get("/monitoring");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html)
                .contains("<html lang=\"nl\"")
                .contains("Monitoring Meppel")
                .contains("id=\"inhoud\"")
                .contains("<label for=\"van\">Van</label>")
                .contains("<label for=\"tot\">Tot en met</label>")
                .contains("indicatief")
                .contains("Aangenomen kosten uithuisplaatsing per jaar")
                .contains("Aangenomen aandeel afgesloten koppelingen dat een uithuisplaatsing voorkomt")
                .contains("minder dan 5")
                .contains("<th scope=\"col\">")
                .contains("<th scope=\"row\">")
                .contains("/monitoring/export.csv?van=")
                .doesNotContain(secretName);
        for (String title : TABLE_TITLES) {
            assertThat(html).contains("<caption>" + title + "</caption>");
        }
        // The budget's chart only where a budget was entered (other tests may enter one for Meppel): issue 15.
        assertThat(html.contains("data-chart-table=\"tabel-budget\""))
                .isNotEqualTo(html.contains(">geen budget ingevoerd</td>"));
        // The four charts, each over the table below it, with a summary for screen readers and no inline script.
        assertThat(html)
                .contains("data-chart-table=\"tabel-aanmeldingen-per-maand\"")
                .contains("data-chart-table=\"tabel-trend-per-kwartaal\"")
                .contains("data-chart-table=\"tabel-afsluitredenen\"")
                .contains("<canvas role=\"img\" aria-label=\"Staafdiagram van de aanmeldingen")
                .contains("<figcaption>Aanmeldingen per maand</figcaption>")
                .contains("/webjars/chart.js/4.5.1/dist/chart.umd.min.js")
                .contains("/js/monitoring-charts.js")
                .doesNotContainPattern("\\son[a-z]+=\"");
    }

    @Test
    void theChartScriptAndChartJsAreServedToALoggedInUser() {
        Session officer = Session.loggedIn(port, "policy.meppel");
        assertThat(officer.get("/js/monitoring-charts.js").body()).contains("data-chart-table");
        assertThat(officer.get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsExplainedInDutchWithTheTypedMonthsKept() {
        HttpResponse<String> page = Session.loggedIn(port, "policy.meppel").get("/monitoring?van=2025-05&tot=2025-01");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("Er is iets niet goed ingevuld")
                .contains("De maand bij ‘Tot en met’ ligt vóór de maand bij ‘Van’. Kies een maand vanaf mei 2025.")
                .contains("href=\"#tot\"")
                .contains("value=\"2025-05\"")
                .contains("value=\"2025-01\"")
                .contains("aria-invalid=\"true\"")
                .doesNotContain("<caption>");
    }

    @Test
    void aMalformedMonthIsExplainedAndKept() {
        HttpResponse<String> page =
                Session.loggedIn(port, "policy.meppel").get("/monitoring?van=31-02-2025&tot=morgen");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("‘31-02-2025’ bij ‘Van’ is geen maand")
                .contains("‘morgen’ bij ‘Tot en met’ is geen maand")
                .contains("value=\"31-02-2025\"")
                .contains("value=\"morgen\"");

        HttpResponse<String> dutch = Session.loggedIn(port, "policy.meppel").get("/monitoring?van=1-2025&tot=3-2025");
        assertThat(dutch.statusCode()).isEqualTo(200);
        assertThat(dutch.body())
                .contains("Periode: 1 januari 2025 t/m 31 maart 2025")
                .contains("/monitoring/export.csv?van=2025-01&amp;tot=2025-03");
    }

    @Test
    void onlyWholeMonthsCanBeChosenOnTheScreen() {
        Session officer = Session.loggedIn(port, "policy.meppel");
        HttpResponse<String> form = officer.get("/monitoring");
        assertThat(form.body())
                .contains("<label for=\"van\">Van</label>")
                .containsPattern("<input type=\"month\" id=\"van\" name=\"van\" value=\"\\d{4}-\\d{2}\"")
                .containsPattern("<input type=\"month\" id=\"tot\" name=\"tot\" value=\"\\d{4}-\\d{2}\"")
                .contains("aria-describedby=\"periode-hint\"")
                .doesNotContain("<script>")
                .doesNotContainPattern("\\sstyle=\"");

        // a day range, typed or from an old link: refused at the form, with the reason at the field
        HttpResponse<String> days = officer.get("/monitoring?van=2025-01-02&tot=2025-02-01");
        assertThat(days.statusCode()).isEqualTo(400);
        assertThat(days.body())
                .contains(
                        "Bij ‘Van’ kies je een hele maand, geen dag: ‘2025-01-02’ is niet de eerste dag van een maand.")
                .contains("Bij ‘Tot en met’ kies je een hele maand, geen dag: ‘2025-02-01’ is niet de laatste dag van"
                        + " een maand.")
                .contains("id=\"van-error\"")
                .doesNotContain("<caption>");
        assertThat(officer.get("/monitoring/export.csv?van=2025-01-02&tot=2025-02-01")
                        .statusCode())
                .as("sent back to the form, which says why")
                .isEqualTo(400);
        // whole months written as days still work (old links)
        assertThat(officer.get("/monitoring?van=2025-01-01&tot=2025-02-28").statusCode())
                .isEqualTo(200);

        HttpResponse<String> future = officer.get(
                "/monitoring?van=2025-01&tot=" + java.time.YearMonth.now().plusMonths(1));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("De maand bij ‘Tot en met’ ligt na deze maand.");
    }

    @Test
    void everyScreenQueryWritesItsPeriodInTheAccessLog() {
        Session officer = Session.loggedIn(port, "policy.meppel");
        assertThat(logged(() -> officer.get("/monitoring?van=2017-01&tot=2017-01"), "2017-01-01..2017-01-31"))
                .isEqualTo(1);
        assertThat(logged(
                        () -> officer.get("/monitoring/export.csv?van=2017-02&tot=2017-02"), "2017-02-01..2017-02-28"))
                .isEqualTo(1);
        assertThat(logged(
                        () -> officer.bytes("/monitoring/export.pdf?van=2017-03&tot=2017-03"),
                        "2017-03-01..2017-03-31"))
                .isEqualTo(1);
        UUID id = createPeriod("meppel", "Logboek " + secretName.substring(20));
        assertThat(logged(() -> officer.get("/monitoring/evaluatieperiodes/" + id), "2024-01-01..2025-12-31"))
                .isEqualTo(1);
    }

    /** How many lines the query added to Meppel's access log for policy.meppel and the period. */
    private static int logged(Runnable query, String period) {
        String sql = "select count(*) from t_meppel.access_log where username = 'policy.meppel' and action = 'QUERY'"
                + " and record_type = 'MONITORING' and detail = ?";
        int before = nl.naober.support.Sql.count(sql, "period " + period);
        query.run();
        return nl.naober.support.Sql.count(sql, "period " + period) - before;
    }

    @Test
    void theCsvDownloadHasTheHeaderLineTheTypeAndTheFileNameAndNoName() {
        java.time.YearMonth now = java.time.YearMonth.now();
        java.time.YearMonth first = now.minusMonths(11);
        HttpResponse<String> csv =
                Session.loggedIn(port, "policy.meppel").get("/monitoring/export.csv?van=" + first + "&tot=" + now);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"monitoring-meppel-" + first.atDay(1) + "-" + now.atEndOfMonth()
                        + ".csv\"");
        // for Dutch Excel: byte order mark, semicolons, one block per table with its title
        // (SmallProgrammeMonitoringTest)
        assertThat(csv.body())
                .startsWith("\uFEFF")
                .contains("\r\nAanmeldingen per maand\r\n;Gezinnen;Steungezinnen\r\n")
                .contains("\r\nIndicatief vermeden jeugdzorgkosten\r\n;Waarde\r\n")
                .doesNotContain(secretName);
    }

    @Test
    void anEvaluationPeriodHasAReportPageAPdfAndACsvWithoutNames() throws IOException {
        UUID id = createPeriod("meppel", "Evaluatie drieëntwintig " + secretName.substring(20));
        Session officer = Session.loggedIn(port, "policy.meppel");

        HttpResponse<String> list = officer.get("/monitoring/evaluatieperiodes");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains("Evaluatieperiodes van Meppel")
                .contains("/monitoring/evaluatieperiodes/" + id)
                .contains("Open");

        HttpResponse<String> page = officer.get("/monitoring/evaluatieperiodes/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Evaluatierapport Evaluatie drieëntwintig")
                .contains("1 januari 2024 t/m 31 december 2025")
                .contains("1 maart 2026")
                .contains("Trend per kwartaal")
                .contains("Budget en wat het oplevert")
                .contains("Aangenomen kosten uithuisplaatsing per jaar")
                .contains("/monitoring/evaluatieperiodes/" + id + "/rapport.pdf")
                .contains("/monitoring/evaluatieperiodes/" + id + "/rapport.csv")
                .doesNotContain(secretName);

        HttpResponse<byte[]> pdf = officer.bytes("/monitoring/evaluatieperiodes/" + id + "/rapport.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = pdfText(pdf.body());
        assertThat(text)
                .contains("Evaluatierapport Evaluatie drieëntwintig")
                .contains("Gemeente Meppel")
                .contains("Periode 1 januari 2024 t/m 31 december 2025")
                .contains("Evaluatiedatum 1 maart 2026")
                .contains("Cijfers van")
                .contains("Indicatief:")
                .contains("Aannames")
                .contains("minder dan 5")
                .contains("Beëindigd")
                .contains("€")
                .contains("Pagina 2 van")
                .doesNotContain(secretName);
        for (String title : TABLE_TITLES) {
            assertThat(text).contains(title);
        }

        HttpResponse<String> csv = officer.get("/monitoring/evaluatieperiodes/" + id + "/rapport.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.body())
                .startsWith("\uFEFF")
                .contains("\r\nKoppelingen\r\n")
                .doesNotContain(secretName);
    }

    @Test
    void theDashboardPdfHasTheTitlePageAndEveryTableButNoName() throws IOException {
        HttpResponse<byte[]> pdf =
                Session.loggedIn(port, "policy.meppel").bytes("/monitoring/export.pdf?van=2025-01-01&tot=2025-12-31");

        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = pdfText(pdf.body());
        assertThat(text)
                .contains("Monitoring Meppel, 1 januari 2025 t/m 31 december 2025")
                .contains("Indicatief:")
                .doesNotContain(secretName);
        for (String title : TABLE_TITLES) {
            assertThat(text).contains(title);
        }
    }

    @Test
    void aClosedPeriodSaysWhenItWasFixed() {
        UUID id = createPeriod("meppel", "Afgesloten periode " + secretName.substring(20));
        Http.Response closed = new Http(port)
                .post(
                        "/api/v1/admin/municipalities/meppel/evaluation-periods/" + id + "/close",
                        basic("admin.buurtgezinnen"),
                        "{}");
        assertThat(closed.status()).isEqualTo(200);

        HttpResponse<String> page = Session.loggedIn(port, "policy.meppel").get("/monitoring/evaluatieperiodes/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Vastgesteld op")
                .contains("De cijfers zijn vastgelegd toen de periode werd vastgesteld");
    }

    @Test
    void aCoordinatorMayOpenTheDashboardToo() {
        HttpResponse<String> page = Session.loggedIn(port, "coordinator.meppel").get("/monitoring");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Monitoring Meppel").contains("href=\"/werk\"");
    }

    @Test
    void aNetworkAdminGetsTheForbiddenPage() {
        HttpResponse<String> page =
                Session.loggedIn(port, "admin.buurtgezinnen").get("/monitoring");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Geen toegang").contains("/beheer/monitoring");
    }

    @Test
    void anAnonymousVisitorIsSentToTheLogin() {
        HttpResponse<String> page = Session.anonymous(port).get("/monitoring");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aPeriodOfAnotherMunicipalityDoesNotExistForThePolicyOfficer() {
        UUID hoogeveen = createPeriod("hoogeveen", "Pilot Hoogeveen " + secretName.substring(20));
        Session officer = Session.loggedIn(port, "policy.meppel");

        for (String path : List.of("", "/rapport.pdf", "/rapport.csv")) {
            HttpResponse<String> page = officer.get("/monitoring/evaluatieperiodes/" + hoogeveen + path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Niet gevonden").doesNotContain("Pilot Hoogeveen");
        }
        assertThat(officer.get("/monitoring/evaluatieperiodes/geen-uuid").statusCode())
                .isEqualTo(404);
        assertThat(officer.get("/monitoring/evaluatieperiodes/" + UUID.randomUUID())
                        .statusCode())
                .isEqualTo(404);
        assertThat(officer.get("/monitoring/evaluatieperiodes").body()).doesNotContain("Pilot Hoogeveen");
    }

    @Test
    void theStartPageLinksToMonitoringByRole() {
        assertThat(Session.loggedIn(port, "policy.meppel").get("/").body()).contains("href=\"/monitoring\"");
        assertThat(Session.loggedIn(port, "admin.buurtgezinnen").get("/").body())
                .contains("href=\"/beheer/monitoring\"");
        assertThat(Session.loggedIn(port, "coordinator.meppel").get("/werk").body())
                .contains("href=\"/monitoring\"");
    }

    private UUID createPeriod(String municipality, String name) {
        Http.Response created = new Http(port)
                .post(
                        "/api/v1/admin/municipalities/" + municipality + "/evaluation-periods",
                        basic("admin.buurtgezinnen"),
                        Http.json(Map.of(
                                "name", name,
                                "start", "2024-01-01",
                                "end", "2025-12-31",
                                "evaluationDate", "2026-03-01")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
