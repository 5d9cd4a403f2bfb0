package nl.naober.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the example files of docs/import/ in step with the code's own columns, so the documented template never drifts
 * from what the import reads: an empty template workbook, and the small example programme as a workbook and as CSV
 * files. A normal run only compares (the committed CSV files byte for byte, the committed workbooks by what they read
 * as), so a test run leaves the working tree clean; {@code -Dimport.writeExamples=true} writes them anew.
 */
class ImportExampleFilesTest {

    private static final Path DOCS = Path.of("..", "docs", "import");
    /** The network administrator's expenditures file: apart, so it is not uploaded with the case files. */
    private static final Path EXPENDITURES = DOCS.resolve("uitgaven");

    @Test
    void theTemplateAndTheExampleFilesFollowTheColumnsOfTheCode() throws IOException {
        TemplateFile template = new TemplateFile();
        for (ImportKind kind : ImportKind.values()) {
            template.sheet(kind);
        }
        TemplateFile example = SmallProgramme.file();
        if (Boolean.getBoolean("import.writeExamples")) {
            Files.createDirectories(DOCS);
            Files.write(DOCS.resolve("sjabloon.xlsx"), template.xlsx());
            Files.write(DOCS.resolve("voorbeeld.xlsx"), example.xlsx());
            for (ImportKind kind : example.kinds()) {
                Files.write(DOCS.resolve(kind.sheet() + ".csv"), example.csv(kind));
            }
        }
        for (ImportKind kind : example.kinds()) {
            assertThat(Files.readAllBytes(DOCS.resolve(kind.sheet() + ".csv")))
                    .as("docs/import/" + kind.sheet() + ".csv is what the code writes (-Dimport.writeExamples=true)")
                    .isEqualTo(example.csv(kind));
        }
        ImportFile committed = ImportFiles.read(
                java.util.List.of(new Upload("voorbeeld.xlsx", Files.readAllBytes(DOCS.resolve("voorbeeld.xlsx")))));
        ImportFile committedTemplate = ImportFiles.read(
                java.util.List.of(new Upload("sjabloon.xlsx", Files.readAllBytes(DOCS.resolve("sjabloon.xlsx")))));
        ImportFile generatedTemplate =
                ImportFiles.read(java.util.List.of(new Upload("sjabloon.xlsx", template.xlsx())));
        assertThat(committedTemplate.problems()).isEqualTo(generatedTemplate.problems());
        assertThat(committedTemplate.rowCount()).isZero();
        ImportFile read = ImportFiles.read(java.util.List.of(new Upload("voorbeeld.xlsx", example.xlsx())));
        assertThat(read.problems()).isEmpty();
        assertThat(committed.problems()).isEmpty();
        for (ImportKind kind : example.kinds()) {
            assertThat(committed.rows(kind))
                    .as("docs/import/voorbeeld.xlsx reads as the code's example: " + kind.sheet())
                    .hasSameSizeAs(read.rows(kind));
            for (int i = 0; i < committed.rows(kind).size(); i++) {
                assertThat(committed.rows(kind).get(i).values())
                        .isEqualTo(read.rows(kind).get(i).values());
            }
        }
        assertThat(read.rowCount())
                .isEqualTo(example.kinds().stream().mapToInt(example::count).sum());
        ImportFile csv = ImportFiles.read(example.csvUploads());
        assertThat(csv.problems()).isEmpty();
        for (ImportKind kind : example.kinds()) {
            assertThat(csv.rows(kind))
                    .as("CSV and XLSX read alike: " + kind.sheet())
                    .hasSameSizeAs(read.rows(kind));
            for (int i = 0; i < csv.rows(kind).size(); i++) {
                assertThat(csv.rows(kind).get(i).values())
                        .isEqualTo(read.rows(kind).get(i).values());
            }
        }
    }

    @Test
    void theExpenditureExampleFollowsTheColumnsOfTheCodeAndReadsAlikeAsCsvAndXlsx() throws IOException {
        TemplateFile example = ExampleExpenditures.file();
        if (Boolean.getBoolean("import.writeExamples")) {
            Files.createDirectories(EXPENDITURES);
            Files.write(EXPENDITURES.resolve("uitgaven.xlsx"), example.xlsx());
            Files.write(EXPENDITURES.resolve("uitgaven.csv"), example.csv(ImportKind.UITGAVEN));
        }
        assertThat(Files.readAllBytes(EXPENDITURES.resolve("uitgaven.csv")))
                .as("docs/import/uitgaven/uitgaven.csv is what the code writes (-Dimport.writeExamples=true)")
                .isEqualTo(example.csv(ImportKind.UITGAVEN));
        ImportFile xlsx = ImportFiles.read(java.util.List.of(
                new Upload("uitgaven.xlsx", Files.readAllBytes(EXPENDITURES.resolve("uitgaven.xlsx")))));
        ImportFile csv = ImportFiles.read(java.util.List.of(
                new Upload("uitgaven.csv", Files.readAllBytes(EXPENDITURES.resolve("uitgaven.csv")))));
        assertThat(xlsx.problems()).isEmpty();
        assertThat(csv.problems()).isEmpty();
        assertThat(xlsx.rows(ImportKind.UITGAVEN)).hasSize(example.count(ImportKind.UITGAVEN));
        for (int i = 0; i < xlsx.rows(ImportKind.UITGAVEN).size(); i++) {
            assertThat(csv.rows(ImportKind.UITGAVEN).get(i).values())
                    .as("CSV and XLSX read alike")
                    .isEqualTo(xlsx.rows(ImportKind.UITGAVEN).get(i).values());
        }
    }
}
