package nl.naober.monitoring.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.naober.account.LocalAccounts;
import nl.naober.monitoring.web.SmallProgramme;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Monitoring of a small programme ({@link SmallProgramme}: ten or so matches a year, no budget entered) over real
 * HTTP: what is hidden says what it is, a mostly hidden quarterly trend gives way to a coarser one that reveals
 * nothing the quarters hid, the summary answers what the money bought and prevents, the PDF is tagged and the CSV
 * opens in Dutch Excel.
 */
@NaoberIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmallProgrammeMonitoringTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityProvisioning provisioning;

    @Autowired
    LocalAccounts accounts;

    String code;
    Http http;

    @BeforeAll
    void createTheProgramme() {
        code = SmallProgramme.create(provisioning, accounts, "klein");
        http = new Http(port);
    }

    @Test
    void aHiddenAmountAverageOrPercentageReadsVerborgenAndOnlyCountsReadLessThanFive() {
        // the first quarter: 3 trials started, so the waiting-time median over them is hidden; 0 closed
        JsonNode report = report("2025-01-01", "2025-03-31");

        JsonNode waiting = table(report, "wachttijd");
        assertThat(text(waiting.get("rows").get(0), 0))
                .as("the 3 trials started: a count")
                .isEqualTo("< 5");
        assertThat(text(waiting.get("rows").get(1), 0))
                .as("their median: not a count")
                .isEqualTo("verborgen");
        assertThat(text(waiting.get("rows").get(2), 0)).isEqualTo("verborgen");
    }

    @Test
    void theIndicativeCostAvoidedOfFewClosingsReadsVerborgenNotLessThanFive() {
        JsonNode report = report("2025-04-01", "2025-06-30"); // 3 closed
        assertThat(report.get("costAvoided").get("amount").get("text").asString())
                .isEqualTo("verborgen");
        assertThat(report.get("costAvoided")
                        .get("assumptions")
                        .get(0)
                        .get("figure")
                        .get("text")
                        .asString())
                .as("the closed matches it is computed from: a count")
                .isEqualTo("< 5");
    }

    @Test
    void withoutABudgetTheAmountsReadGeenBudgetIngevoerdNotZeroEuros() {
        JsonNode budget = table(report("2025-01-01", "2025-12-31"), "budget");
        for (JsonNode row : budget.get("rows")) {
            assertThat(text(row, 0)).as(row.get("label").asString()).isEqualTo("geen budget ingevoerd");
        }
    }

    @Test
    void aMostlyHiddenQuarterlyTrendGivesWayToTheHalfYears() {
        JsonNode report = report("2025-01-01", "2025-12-31");

        assertThat(keys(report)).doesNotContain("trend-per-kwartaal").contains("trend-per-halfjaar");
        JsonNode halves = table(report, "trend-per-halfjaar");
        assertThat(halves.get("rows")).hasSize(2);
        assertThat(text(halves.get("rows").get(1), 0))
                .as("second half's registrations")
                .isEqualTo("30");
        assertThat(text(halves.get("rows").get(0), 1))
                .as("first half's trials started")
                .isEqualTo("6");
        assertThat(text(halves.get("rows").get(1), 1))
                .as("second half's trials started")
                .isEqualTo("5");
        assertThat(text(halves.get("rows").get(0), 4))
                .as("first half's 3 closings")
                .isEqualTo("< 5");
        assertThat(smallCountsShown(report)).isEmpty();
        // the screen says why it shows half-years
        String page = Session.loggedIn(port, "policy." + code)
                .get("/monitoring?van=2025-01&tot=2025-12")
                .body();
        assertThat(page)
                .contains("Trend per halfjaar")
                .contains("Per kwartaal zou het grootste deel van deze tabel verborgen zijn")
                .doesNotContain("Trend per kwartaal");
    }

    /**
     * The attacker knows that a quarter (or half-year, or year) of the trend adds up its months of the monthly table.
     * For every report over whole months of 2025 that the rules allow, a trend row whose registrations are shown may
     * not hold exactly one hidden month: the row minus the shown months would give it back. On the code before this
     * change the first quarter showed 12 next to January 5 and February 5, and gave March's 2 back.
     */
    @Test
    void noHiddenMonthComesBackAsATrendRowMinusTheMonthsBesideIt() {
        List<String> recovered = new ArrayList<>();
        for (int first = 1; first <= 12; first++) {
            for (int last = first; last <= 12; last++) {
                YearMonth from = YearMonth.of(2025, first);
                YearMonth to = YearMonth.of(2025, last);
                JsonNode report =
                        report(from.atDay(1).toString(), to.atEndOfMonth().toString());
                JsonNode months = table(report, "aanmeldingen-per-maand");
                for (String key : List.of("trend-per-kwartaal", "trend-per-halfjaar", "trend-per-jaar")) {
                    if (!keys(report).contains(key)) {
                        continue;
                    }
                    for (JsonNode row : table(report, key).get("rows")) {
                        String shown = text(row, 0);
                        if (shown.startsWith("<")) {
                            continue;
                        }
                        int sum = Integer.parseInt(shown.replace(".", ""));
                        int hidden = 0;
                        for (int m = first; m <= last; m++) {
                            if (!inRow(key, row.get("label").asString(), m)) {
                                continue;
                            }
                            String month = text(months.get("rows").get(m - first), 0);
                            if (month.startsWith("<")) {
                                hidden++;
                            } else {
                                sum -= Integer.parseInt(month);
                            }
                        }
                        if (hidden == 1) {
                            recovered.add(
                                    from + ".." + to + " " + row.get("label").asString() + ": " + sum);
                        }
                    }
                }
            }
        }
        assertThat(recovered).as("hidden months recovered from a trend row").isEmpty();
    }

    @Test
    void theSummaryAnswersWhatTheMoneyBoughtAndWhatItPrevents() {
        String page = Session.loggedIn(port, "policy." + code)
                .get("/monitoring?van=2025-01&tot=2025-12")
                .body();
        assertThat(page)
                .contains("Samenvatting")
                .contains("1 januari 2025 t/m 31 december 2025")
                .contains("11 koppelingen gestart")
                .contains("Wat het voorkomt (NJi-indicatoren)")
                .contains("Indicatief vermeden jeugdzorgkosten")
                .contains("geen budget ingevoerd");
        assertThat(page.indexOf("Samenvatting")).isLessThan(page.indexOf("Over de cijfers"));
    }

    @Test
    void thePdfIsTaggedWithATitleALanguageAndEmbeddedFontsAndStartsWithTheSummary() throws IOException {
        HttpResponse<byte[]> pdf =
                Session.loggedIn(port, "policy." + code).bytes("/monitoring/export.pdf?van=2025-01&tot=2025-12");
        assertThat(pdf.statusCode()).isEqualTo(200);

        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
            assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked())
                    .as("Marked true: pdfinfo's Tagged: yes")
                    .isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentInformation().getTitle()).contains("Klein " + code);
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded())
                            .as(font.getName() + " embedded")
                            .isTrue();
                }
            }
            String firstPage = text(document, 1, 1);
            assertThat(firstPage).contains("Samenvatting").contains("Wat het geld kocht");
            String text = new PDFTextStripper().getText(document);
            int legend = text.indexOf("< 5: minder dan 5");
            int firstTable = text.indexOf("Aanmeldingen per maand\n");
            assertThat(legend).as("< 5 explained").isPositive();
            assertThat(text.indexOf("verborgen:")).as("verborgen explained").isPositive();
            assertThat(legend).as("before the first table").isLessThan(text.indexOf("Van aanmelding tot afsluiting"));
            assertThat(firstTable).isPositive();
            assertThat(text).contains("Gestarte en afgesloten koppelingen per halfjaar");
        }
    }

    @Test
    void theCsvForExcelHasAByteOrderMarkSemicolonsDecimalCommasAndOneBlockPerTable() {
        HttpResponse<byte[]> csv =
                Session.loggedIn(port, "policy." + code).bytes("/monitoring/export.csv?van=2025-01&tot=2025-12");
        assertThat(csv.statusCode()).isEqualTo(200);
        byte[] body = csv.body();
        assertThat(java.util.Arrays.copyOf(body, 3)).as("UTF-8 byte order mark").isEqualTo(BOM);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n", -1));
        assertThat(lines).contains("Aanmeldingen per maand", ";Gezinnen;Steungezinnen", "januari 2025;5;0");
        assertThat(text).contains("\r\n\r\nKoppelingen\r\n;Waarde\r\n");
        // a decimal comma: the assumed percentage 10.0 reads 10,0, an amount 1234,50
        assertThat(lines.stream()
                        .filter(l -> l.startsWith("Aangenomen aandeel"))
                        .findFirst()
                        .orElseThrow())
                .matches(".*;[0-9]+,[0-9]$");
        assertThat(lines.stream()
                        .filter(l -> l.startsWith("Aangenomen kosten uithuisplaatsing"))
                        .findFirst()
                        .orElseThrow())
                .matches(".*;[0-9]+,[0-9]{2}$");
        assertThat(text).doesNotContain("tabel,rij,kolom,waarde").contains("geen budget ingevoerd");
        assertThat(lines.stream()
                        .filter(l -> !l.isEmpty())
                        .allMatch(l -> !l.contains(",\"") && !l.startsWith("\"tabel")))
                .isTrue();
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document);
    }

    /** Whether month m (1–12) of 2025 belongs to the trend row with this label. */
    private static boolean inRow(String key, String label, int m) {
        int quarter = (m - 1) / 3 + 1;
        return switch (key) {
            case "trend-per-kwartaal" -> label.equals("K" + quarter + " 2025");
            case "trend-per-halfjaar" -> label.equals((quarter <= 2 ? "1e" : "2e") + " halfjaar 2025");
            default -> label.equals("2025");
        };
    }

    private List<String> smallCountsShown(JsonNode report) {
        List<String> shown = new ArrayList<>();
        for (JsonNode table : report.get("tables")) {
            for (JsonNode row : allRows(table)) {
                for (JsonNode cell : row.get("cells")) {
                    if ("Count".equals(cell.get("type").asString())
                            && cell.get("value").asInt() > 0
                            && cell.get("value").asInt() < 5) {
                        shown.add(table.get("key").asString() + "/"
                                + row.get("label").asString());
                    }
                }
            }
        }
        return shown;
    }

    private JsonNode report(String from, String to) {
        Http.Response response = http.get(
                "/api/v1/municipalities/" + code + "/monitoring?from=" + from + "&to=" + to,
                Http.basic("policy." + code));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> keys(JsonNode report) {
        List<String> keys = new ArrayList<>();
        report.get("tables").forEach(t -> keys.add(t.get("key").asString()));
        return keys;
    }

    private static JsonNode table(JsonNode report, String key) {
        for (JsonNode table : report.get("tables")) {
            if (table.get("key").asString().equals(key)) {
                return table;
            }
        }
        throw new AssertionError("no table " + key);
    }

    private static String text(JsonNode row, int column) {
        return row.get("cells").get(column).get("text").asString();
    }

    private static List<JsonNode> allRows(JsonNode table) {
        List<JsonNode> rows = new ArrayList<>();
        table.get("rows").forEach(rows::add);
        if (table.get("total") != null && !table.get("total").isNull()) {
            rows.add(table.get("total"));
        }
        return rows;
    }
}
