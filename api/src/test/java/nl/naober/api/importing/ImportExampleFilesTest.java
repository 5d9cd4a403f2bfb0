package nl.naober.api.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes the example files of docs/import/ from the code's own columns, so the documented template never drifts from
 * what the import reads: an empty template workbook, and the small example programme as a workbook and as CSV files.
 */
class ImportExampleFilesTest {

    private static final Path DOCS = Path.of("..", "docs", "import");

    @Test
    void theTemplateAndTheExampleFilesFollowTheColumnsOfTheCode() throws IOException {
        Files.createDirectories(DOCS);
        TemplateFile template = new TemplateFile();
        for (ImportKind kind : ImportKind.values()) {
            template.sheet(kind);
        }
        Files.write(DOCS.resolve("sjabloon.xlsx"), template.xlsx());
        TemplateFile example = SmallProgramme.file();
        Files.write(DOCS.resolve("voorbeeld.xlsx"), example.xlsx());
        for (ImportKind kind : example.kinds()) {
            Files.write(DOCS.resolve(kind.sheet() + ".csv"), example.csv(kind));
        }
        ImportFile read = ImportFiles.read(java.util.List.of(new Upload("voorbeeld.xlsx", example.xlsx())));
        assertThat(read.problems()).isEmpty();
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
}
