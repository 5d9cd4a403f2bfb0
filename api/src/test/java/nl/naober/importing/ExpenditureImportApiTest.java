package nl.naober.importing;

import static nl.naober.importing.ExampleExpenditures.row;
import static nl.naober.importing.ImportKind.UITGAVEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The network administrator's expenditures import through REST: the example file as XLSX and CSV, twice; files with
 * mistakes, each named at its row and column, storing nothing; who may import; and the coordinator's case import,
 * which still refuses an uitgaven sheet but says where it goes.
 */
@NaoberIntegrationTest
class ExpenditureImportApiTest {

    private static final String ADMIN = Http.basic("admin.buurtgezinnen");
    private static ImportMunicipality municipality;

    @LocalServerPort
    int port;

    private ImportApi api;
    private Http http;

    @BeforeEach
    void setUp() {
        api = new ImportApi(port);
        http = new Http(port);
        synchronized (ExpenditureImportApiTest.class) {
            if (municipality == null) {
                municipality = ImportMunicipality.onboard(port, "uitg");
            }
        }
    }

    @Test
    void theExampleFileIsCheckedThenImportedOnceAndTheSameFileAgainAsXlsxOrCsvChangesNothing() {
        String line = line(ExampleExpenditures.LINE, "2025-01-01", "2026-12-31");
        TemplateFile example = ExampleExpenditures.file();
        Upload xlsx = new Upload("uitgaven.xlsx", example.xlsx());

        JsonNode dryRun = run(ADMIN, true, xlsx);
        assertThat(ImportApi.problems(dryRun)).isEmpty();
        assertThat(dryRun.get("committed").asBoolean()).isFalse();
        assertThat(dryRun.get("created").asInt()).isEqualTo(5);
        assertThat(money(dryRun.get("totalPerCategory"), "ACTIVITIES")).isEqualByComparingTo("86.40");
        assertThat(money(dryRun.get("totalPerCategory"), "OVERHEAD")).isEqualByComparingTo("1234.56");
        assertThat(money(dryRun, "total")).isEqualByComparingTo("5883.46");
        assertThat(expenditures(line)).as("a dry run stores nothing").isZero();

        JsonNode imported = run(ADMIN, false, xlsx);
        assertThat(ImportApi.problems(imported)).isEmpty();
        assertThat(imported.get("committed").asBoolean()).isTrue();
        assertThat(imported.get("created").asInt()).isEqualTo(5);
        assertThat(expenditures(line)).isEqualTo(5);
        assertThat(Sql.strings(
                        "SELECT amount::text FROM platform.budget_expenditure WHERE budget_line_id = ?::uuid"
                                + " AND spent_on = DATE '2025-03-27'",
                        line))
                .as("the credit note, listed before its invoice in the file, is stored as one")
                .containsExactly("-86.40");
        assertThat(Sql.strings(
                        "SELECT import_ref FROM platform.budget_expenditure_import WHERE municipality_code = ?"
                                + " ORDER BY import_ref",
                        municipality.code()))
                .containsExactly("U-2025-001", "U-2025-002", "U-2025-003", "U-2025-004", "U-2025-005");
        JsonNode summary = http.get(
                        "/api/v1/admin/municipalities/" + municipality.code() + "/budget-lines/" + line
                                + "/summary?asOf=2025-12-31",
                        ADMIN)
                .json();
        assertThat(money(summary, "spent")).isEqualByComparingTo("5883.46");

        for (Upload again : List.of(xlsx, new Upload("uitgaven.csv", example.csv(UITGAVEN)))) {
            JsonNode second = run(ADMIN, false, again);
            assertThat(ImportApi.problems(second)).as(again.name()).isEmpty();
            assertThat(second.get("created").asInt()).isZero();
            assertThat(second.get("alreadyImported").asInt()).isEqualTo(5);
            assertThat(second.get("summaryLine").asString()).isEqualTo("al eerder ingelezen: 5, nieuw: 0");
        }
        assertThat(expenditures(line)).isEqualTo(5);
    }

    @Test
    void everyMistakeIsNamedAtItsRowAndColumnAndAFileWithOneBadRowStoresNothing() {
        String name = "Fouten " + System.nanoTime();
        String line = line(name, "2025-01-01", "2025-12-31");
        String p = "F" + Long.toString(System.nanoTime(), 36) + "-";
        TemplateFile file = new TemplateFile()
                .row(UITGAVEN, row(p + 1, "20-03-2025", "-50,00", "ACTIVITIES", "Creditnota uitje", name))
                .row(UITGAVEN, row(p + 2, "10-03-2025", "100,00", "ACTIVITIES", "Uitje", name))
                .row(UITGAVEN, row(p + 3, "05-03-2025", "-20,00", "OVERHEAD", "Creditnota overhead", name))
                .row(UITGAVEN, row(p + 4, "06-03-2025", "30,00", "OVERHEAD", "Overhead maart", name))
                .row(UITGAVEN, row(p + 5, "11-03-2025", "10,00", "ACTIVITIES", "Koffie", "Bestaat niet"))
                .row(UITGAVEN, row(p + 6, "31-02-2025", "10,00", "ACTIVITIES", "Koffie", name))
                .row(UITGAVEN, row(p + 7, "12-03-2025", "twaalf euro", "ACTIVITIES", "Koffie", name))
                .row(UITGAVEN, row(p + 8, "12-03-2025", "-5,00", "ACTIVITIES", "", name))
                .row(UITGAVEN, row(p + 1, "12-03-2025", "5,00", "ACTIVITIES", "Nog eens", name))
                .row(UITGAVEN, row(p + 9, "15-01-2026", "10,00", "ACTIVITIES", "Na de periode", name))
                .row(UITGAVEN, row(p + 10, "12-03-2025", "10,00", "KANTOOR", "Papier", name))
                .row(UITGAVEN, row(p + "1".repeat(100), "12-03-2025", "10,00", "ACTIVITIES", "Papier", name));
        Upload upload = new Upload("uitgaven.csv", file.csv(UITGAVEN));

        JsonNode dryRun = run(ADMIN, true, upload);
        List<String> problems = ImportApi.problems(dryRun);
        assertThat(problems)
                .as("rows 2 and 3: a credit note dated after its invoice is accepted, wherever it stands in the file;"
                        + " row 5: an invoice")
                .noneMatch(problem -> problem.startsWith("uitgaven, rij 2,")
                        || problem.startsWith("uitgaven, rij 3,")
                        || problem.startsWith("uitgaven, rij 5,"));
        assertThat(problems)
                .anyMatch(problem -> problem.startsWith("uitgaven, rij 4, kolom bedrag: deze creditnota of correctie"
                                + " brengt wat er in deze categorie is uitgegeven onder nul")
                        && problem.endsWith("(onder nul op 05-03-2025)"))
                .contains(
                        "uitgaven, rij 6, kolom begrotingsregel: onbekende begrotingsregel \"Bestaat niet\"; deze"
                                + " gemeente heeft: " + String.join(", ", lineNames()),
                        "uitgaven, rij 7, kolom datum: \"31-02-2025\" is geen geldige datum (gebruik dd-mm-jjjj of"
                                + " jjjj-mm-dd)",
                        "uitgaven, rij 8, kolom bedrag: \"twaalf euro\" is geen bedrag (schrijf het zoals 1.234,56 of"
                                + " -86,40)",
                        "uitgaven, rij 9, kolom omschrijving: vul een omschrijving in: waar het geld aan is uitgegeven,"
                                + " of bij een creditnota of correctie (een negatief bedrag) wat er wordt teruggeboekt"
                                + " en waarom.",
                        "uitgaven, rij 10, kolom uitgave_ref: \"" + p + "1\" staat twee keer in dit bestand (ook in rij"
                                + " 2)",
                        "uitgaven, rij 11, kolom datum: de datum van de uitgave ligt buiten de periode van de"
                                + " begrotingsregel.")
                .anyMatch(
                        problem -> problem.startsWith("uitgaven, rij 12, kolom categorie: onbekende code \"KANTOOR\""))
                .contains("uitgaven, rij 13, kolom uitgave_ref: is langer dan 100 tekens")
                .hasSize(9);

        JsonNode refused = run(ADMIN, false, upload);
        assertThat(refused.get("committed").asBoolean()).isFalse();
        assertThat(ImportApi.problems(refused)).isEqualTo(problems);

        TemplateFile oneBadRow = new TemplateFile()
                .row(UITGAVEN, row(p + 20, "10-03-2025", "100,00", "ACTIVITIES", "Uitje", name))
                .row(UITGAVEN, row(p + 21, "11-03-2025", "1.000,00", "COORDINATION", "Uren", name))
                .row(UITGAVEN, row(p + 22, "12-03-2025", "-100,01", "ACTIVITIES", "Creditnota uitje", name));
        JsonNode allOrNothing = run(ADMIN, false, new Upload("uitgaven.xlsx", oneBadRow.xlsx()));
        assertThat(ImportApi.problems(allOrNothing))
                .hasSize(1)
                .allMatch(problem -> problem.startsWith("uitgaven, rij 4"));
        assertThat(allOrNothing.get("committed").asBoolean()).isFalse();
        assertThat(expenditures(line))
                .as("all or nothing: the two sound rows are not stored either")
                .isZero();
        assertThat(Sql.count(
                        "SELECT count(*) FROM platform.budget_expenditure_import WHERE import_ref LIKE ?", p + "%"))
                .isZero();
    }

    @Test
    void aFileOfMoreThan5000RowsIsRefusedAsAWhole() {
        StringBuilder csv = new StringBuilder("uitgave_ref;datum;bedrag;categorie;omschrijving;begrotingsregel\n");
        for (int i = 0; i <= ExpenditureImports.MAX_ROWS; i++) {
            csv.append("R-").append(i).append(";01-02-2025;1,00;ACTIVITIES;Koffie;Geen\n");
        }
        JsonNode refused =
                run(ADMIN, true, new Upload("uitgaven.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(ImportApi.problems(refused))
                .containsExactly("uitgaven: het blad heeft 5001 rijen; lees er hoogstens 5000 tegelijk in (splits het"
                        + " bestand)");
    }

    @Test
    void onlyANetworkAdministratorOfTheMunicipalitysNetworkMayImport() {
        Upload upload = new Upload("uitgaven.csv", ExampleExpenditures.file().csv(UITGAVEN));
        String path = path(true);
        assertThat(api.upload(path, ADMIN, List.of(upload)).status()).isEqualTo(200);
        assertThat(api.upload(path, municipality.coordinator(), List.of(upload)).status())
                .isEqualTo(403);
        assertThat(api.upload(path, municipality.policyOfficer(), List.of(upload))
                        .status())
                .isEqualTo(403);
        assertThat(api.upload(path, Http.basic("admin.steunoudernl"), List.of(upload))
                        .status())
                .as("another network's administrator does not learn the municipality exists")
                .isEqualTo(404);
        assertThat(api.upload(path, null, List.of(upload)).status()).isEqualTo(401);
        assertThat(api.upload(path(false), Http.basic("coordinator.meppel"), List.of(upload))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theCoordinatorsCaseImportRefusesEveryExpenditureRowAndSaysWhoReadsThemIn() {
        byte[] oldTemplate = ("datum;bedrag;categorie;omschrijving;begrotingsregel\n"
                        + "31-01-2025;4.250,00;COORDINATION;Uren;Begroting\n"
                        + "27-03-2025;-86,40;ACTIVITIES;Creditnota;Begroting\n")
                .getBytes(StandardCharsets.UTF_8);
        JsonNode job = api.run(
                municipality.code(),
                municipality.coordinator(),
                true,
                List.of(new Upload("uitgaven.csv", oldTemplate)));
        String message = "uitgaven lees je niet in met de dossiers: laat de netwerkbeheerder ze inlezen op het"
                + " tabblad Uitgaven van de gemeente (Uitgaven inlezen); haal het blad uitgaven uit dit bestand";
        assertThat(ImportApi.problems(job))
                .as("one problem per row, also for a sheet of the old template without uitgave_ref")
                .containsExactly("uitgaven, rij 2: " + message, "uitgaven, rij 3: " + message);
    }

    private JsonNode run(String authorization, boolean dryRun, Upload upload) {
        Http.Response response = api.upload(path(dryRun), authorization, List.of(upload));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String path(boolean dryRun) {
        return "/api/v1/admin/municipalities/" + municipality.code() + "/expenditure-imports?dryRun=" + dryRun;
    }

    private String line(String name, String start, String end) {
        Http.Response created = http.post(
                "/api/v1/admin/municipalities/" + municipality.code() + "/budget-lines",
                ADMIN,
                Http.json(Map.of(
                        "name", name,
                        "periodStart", start,
                        "periodEnd", end,
                        "amount", new BigDecimal("100000.00"),
                        "categories", Map.of())));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private List<String> lineNames() {
        return Sql.strings(
                "SELECT name FROM platform.budget_line WHERE municipality_code = ? ORDER BY name", municipality.code());
    }

    private static int expenditures(String line) {
        return Sql.count("SELECT count(*) FROM platform.budget_expenditure WHERE budget_line_id = ?::uuid", line);
    }

    private static BigDecimal money(JsonNode node, String field) {
        return new BigDecimal(node.get(field).asString());
    }
}
