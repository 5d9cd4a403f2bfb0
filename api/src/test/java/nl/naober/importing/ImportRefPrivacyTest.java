package nl.naober.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What an import leaves behind to stay idempotent holds no personal data: the programme's case numbers and the
 * keys made of a child's first name and birth date stay out of {@code import_ref}, which the anonymisation of a file
 * does not touch, so an erased family cannot be traced back through it.
 */
@NaoberIntegrationTest
class ImportRefPrivacyTest {

    @LocalServerPort
    int port;

    @Test
    void importRefsHoldOnlyKeyedHashesAndStillMakeASecondImportChangeNothing() {
        ImportMunicipality municipality = ImportMunicipality.onboard(port, "ref");
        ImportApi api = new ImportApi(port);
        List<Upload> workbook =
                List.of(new Upload("programma.xlsx", SmallProgramme.file().xlsx()));

        JsonNode imported = api.run(municipality.code(), municipality.coordinator(), false, workbook);
        assertThat(ImportApi.problems(imported)).isEmpty();

        List<String> refs = Sql.strings("SELECT ref FROM " + municipality.schema() + ".import_ref");
        assertThat(refs).isNotEmpty();
        assertThat(refs)
                .as("no case number, first name or birth date in import_ref")
                .allSatisfy(ref -> assertThat(ref).matches("h:[0-9a-f]{64}"));
        assertThat(Sql.strings("SELECT secret FROM " + municipality.schema() + ".import_ref_key"))
                .as("the municipality's hash key is stored encrypted")
                .singleElement()
                .satisfies(secret -> assertThat(secret).startsWith("enc:v1:"));

        JsonNode again = api.run(municipality.code(), municipality.coordinator(), false, workbook);
        assertThat(ImportApi.problems(again)).isEmpty();
        assertThat(again.get("summaryLine").asString()).endsWith("nieuw: 0");
    }

    @Test
    void aRefStoredInPlainTextByAnEarlierVersionIsHashedOnTheNextImportAndStillRecognised() {
        ImportMunicipality municipality = ImportMunicipality.onboard(port, "ref");
        ImportApi api = new ImportApi(port);
        List<Upload> workbook =
                List.of(new Upload("programma.xlsx", SmallProgramme.file().xlsx()));
        assertThat(ImportApi.problems(api.run(municipality.code(), municipality.coordinator(), false, workbook)))
                .isEmpty();
        String schema = municipality.schema();
        Sql.execute("DELETE FROM " + schema + ".import_ref WHERE kind = 'gezin'");
        List<String> families =
                Sql.strings("SELECT id::text FROM " + schema + ".family ORDER BY registration_date, id");
        Sql.execute(
                "INSERT INTO " + schema + ".import_ref (kind, ref, record_id, file_sha256, imported_by, imported_at)"
                        + " VALUES ('gezin', 'MEP-001', ?::uuid, 'x', 'v16', now()),"
                        + " ('gezin', 'MEP-002', ?::uuid, 'x', 'v16', now())",
                families.get(0),
                families.get(1));

        JsonNode again = api.run(municipality.code(), municipality.coordinator(), false, workbook);

        assertThat(ImportApi.problems(again)).isEmpty();
        assertThat(again.get("summary").get("gezinnen").get("created").asInt()).isZero();
        assertThat(Sql.strings("SELECT ref FROM " + schema + ".import_ref WHERE kind = 'gezin'"))
                .hasSize(2)
                .allSatisfy(ref -> assertThat(ref).matches("h:[0-9a-f]{64}"));
    }
}
