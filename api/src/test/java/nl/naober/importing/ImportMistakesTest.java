package nl.naober.importing;

import static nl.naober.importing.ImportKind.GEZINNEN;
import static nl.naober.importing.ImportKind.INTAKES;
import static nl.naober.importing.ImportKind.KINDEREN;
import static nl.naober.importing.ImportKind.KOPPELINGEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Files full of mistakes: each problem is reported in Dutch by sheet, row and column, every one of them in one
 * pass, and nothing is stored. The refs are this class's own (FOUT-…), so nothing an earlier test imported counts.
 */
@NaoberIntegrationTest
class ImportMistakesTest {

    @LocalServerPort
    int port;

    private ImportMunicipality municipality;
    private ImportApi api;

    @BeforeEach
    void setUp() {
        api = new ImportApi(port);
        municipality = ImportMunicipality.shared(port);
    }

    @Test
    void wrongDatesDatesInTheWrongOrderUnknownCodesDuplicatesAndUnknownRefsAreEachNamedAndNothingIsStored() {
        TemplateFile file = new TemplateFile()
                .row(
                        GEZINNEN,
                        "ref",
                        "FOUT-1",
                        "aanmelddatum",
                        "03-02-2021",
                        "naam_ouder",
                        "Fenna Fout",
                        "postcode",
                        "7941 AB",
                        "bron",
                        "HUISARTS",
                        "toestemming",
                        "ja")
                .row(
                        GEZINNEN,
                        "ref",
                        "FOUT-2",
                        "aanmelddatum",
                        "31-02-2021",
                        "naam_ouder",
                        "Gert Fout",
                        "postcode",
                        "7941AB",
                        "toestemming",
                        "ja")
                .row(
                        GEZINNEN,
                        "ref",
                        "FOUT-2",
                        "aanmelddatum",
                        "01-03-2021",
                        "naam_ouder",
                        "Dubbel Fout",
                        "postcode",
                        "1234",
                        "toestemming",
                        "misschien")
                .row(KINDEREN, "gezin_ref", "FOUT-999", "voornaam", "Niemand", "geboortedatum", "01-01-2019")
                .row(INTAKES, "gezin_ref", "FOUT-3", "datum", "01-03-2021", "uitkomst", "SUITABLE")
                .row(
                        GEZINNEN,
                        "ref",
                        "FOUT-3",
                        "aanmelddatum",
                        "2021-04-01",
                        "naam_ouder",
                        "Henk Fout",
                        "postcode",
                        "7941 AB",
                        "toestemming",
                        "ja")
                .row(
                        KOPPELINGEN,
                        "ref",
                        "FOUT-K1",
                        "gezin_ref",
                        "FOUT-3",
                        "steungezin_ref",
                        "FOUT-SG",
                        "dagdelen",
                        "ma-ochtend",
                        "voorgesteld_op",
                        "01-05-2021",
                        "start_proef",
                        "14-04-2021");
        int before = families();

        JsonNode job = api.run(
                municipality.code(), municipality.coordinator(), true, List.of(new Upload("fouten.xlsx", file.xlsx())));

        assertThat(ImportApi.problems(job))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("gezinnen, rij 2, kolom bron: onbekende code \"HUISARTS\";" + " kies uit: "))
                .contains(
                        "gezinnen, rij 3, kolom aanmelddatum: \"31-02-2021\" is geen geldige datum (gebruik dd-mm-jjjj"
                                + " of jjjj-mm-dd)",
                        "gezinnen, rij 4, kolom ref: ref FOUT-2 staat al eerder in dit blad",
                        "kinderen, rij 2, kolom gezin_ref: onbekend gezin FOUT-999: niet in het blad gezinnen en niet"
                                + " eerder geïmporteerd",
                        "intakes, rij 2, kolom datum: ligt vóór de aanmelddatum van gezin FOUT-3 (01-04-2021)",
                        "koppelingen, rij 2, kolom start_proef: ligt vóór het voorstel (voorgesteld_op) (01-05-2021)");
        assertThat(job.get("committed").asBoolean()).isFalse();
        assertThat(families()).isEqualTo(before);
    }

    @Test
    void theAPIsOwnValidationAndRulesSpeakInTheColumnTheyConcernAndAnImportWithProblemsStoresNothing() {
        TemplateFile file = new TemplateFile()
                .row(
                        GEZINNEN,
                        "ref",
                        "FOUT-10",
                        "aanmelddatum",
                        "03-02-2026",
                        "naam_ouder",
                        "Ina Fout",
                        "postcode",
                        "1234",
                        "toestemming",
                        "ja")
                .row(
                        GEZINNEN,
                        "ref",
                        "FOUT-11",
                        "aanmelddatum",
                        "03-02-2026",
                        "naam_ouder",
                        "Jan Fout",
                        "postcode",
                        "7941 AB",
                        "toestemming",
                        "ja")
                .row(KINDEREN, "gezin_ref", "FOUT-11", "voornaam", "Kees", "geboortedatum", "01-01-2030")
                .row(
                        KOPPELINGEN,
                        "ref",
                        "FOUT-K11",
                        "gezin_ref",
                        "FOUT-11",
                        "steungezin_ref",
                        "SG-01",
                        "dagdelen",
                        "wo-middag",
                        "voorgesteld_op",
                        "01-03-2026");
        int before = families();

        JsonNode job = api.run(
                municipality.code(),
                municipality.coordinator(),
                false,
                List.of(new Upload("fouten.xlsx", file.xlsx())));

        assertThat(ImportApi.problems(job))
                .contains(
                        "gezinnen, rij 2, kolom postcode: vul een Nederlandse postcode in, zoals 7941 AB.",
                        "kinderen, rij 2, kolom geboortedatum: de geboortedatum ligt in het verleden.");
        assertThat(job.get("committed").asBoolean()).isFalse();
        assertThat(families())
                .as("all or nothing: the sound family is not stored either")
                .isEqualTo(before);
    }

    @Test
    void aWindows1252FileFormulasEmptyRowsAndMissingOrUnknownColumnsAreReportedNotGuessed() throws IOException {
        String csv = "ref;aanmelddatum;naam_ouder;postcode;toestemming\r\n"
                + "FOUT-20;01-02-2026;José Müller;7941 AB;ja\r\n";
        Upload windows = new Upload("gezinnen.csv", csv.getBytes(Charset.forName("windows-1252")));
        JsonNode encoding = api.run(municipality.code(), municipality.coordinator(), true, List.of(windows));
        assertThat(ImportApi.problems(encoding))
                .containsExactly("gezinnen, rij 2: het bestand gezinnen.csv is geen UTF-8 (waarschijnlijk"
                        + " Windows-1252): sla het in Excel op als \"CSV UTF-8 (door komma's gescheiden)\" en lees het"
                        + " opnieuw in");

        String columns = "ref,aanmelddatum,naam_ouder,hobby,toestemming\n,,,,\nFOUT-21,01-02-2026,Kim Fout,dammen,ja\n";
        JsonNode header = api.run(
                municipality.code(),
                municipality.coordinator(),
                true,
                List.of(new Upload("gezinnen.csv", columns.getBytes(StandardCharsets.UTF_8))));
        assertThat(ImportApi.problems(header))
                .containsExactlyInAnyOrder(
                        "gezinnen, rij 1, kolom hobby: onbekende kolom; dit blad kent: "
                                + String.join(
                                        ", ",
                                        GEZINNEN.columns().stream()
                                                .map(Column::name)
                                                .toList()),
                        "gezinnen, rij 1, kolom postcode: verplichte kolom ontbreekt");

        int before = families();
        JsonNode formula = api.run(
                municipality.code(),
                municipality.coordinator(),
                false,
                List.of(new Upload("formule.xlsx", workbookWithAFormulaAndAnEmptyRow())));
        assertThat(ImportApi.problems(formula))
                .containsExactly("gezinnen, rij 4, kolom aantal_kinderen: bevat een formule (1+1); de import rekent"
                        + " niet: vul de waarde zelf in");
        assertThat(formula.get("summary").get("gezinnen").get("created").asInt())
                .as("the empty row 3 is skipped, rows 2 and 4 are read")
                .isEqualTo(1);
        assertThat(families()).isEqualTo(before);
    }

    private static byte[] workbookWithAFormulaAndAnEmptyRow() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("gezinnen");
            String[] header = {"ref", "aanmelddatum", "naam_ouder", "postcode", "toestemming", "aantal_kinderen"};
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            String[][] rows = {
                {"FOUT-30", "01-02-2026", "Lot Fout", "7941 AB", "ja"},
                null,
                {"FOUT-31", "01-02-2026", "Mo Fout", "7941 AB", "ja"}
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                if (rows[r] == null) {
                    row.createCell(2).setCellValue("  ");
                    continue;
                }
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
            sheet.getRow(3).createCell(5).setCellFormula("1+1");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private int families() {
        return Sql.count("SELECT count(*) FROM " + municipality.schema() + ".family");
    }
}
