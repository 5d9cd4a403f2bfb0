package nl.naober.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Six years of a running programme (500 families with {@code -Dimport.families=500}), generated from a fixed seed, imported through REST into a
 * municipality onboarded for it: dry run and import accept all of it, the counts are those generated, a second
 * import (of the same data as CSV files) changes nothing, and a family's dates are those of the file. Times and memory
 * are printed for docs/import.md.
 */
@NaoberIntegrationTest
class GeneratedProgrammeImportTest {

    /**
     * 120 families in CI (the same six years, fewer cases: the run is linear in its rows); the 500-family dataset of
     * docs/import.md with {@code -DargLine=-Dimport.families=500} (about 100 s for the whole test on a busy two-core
     * machine).
     */
    private static final int FAMILIES = Integer.getInteger("import.families", 120);

    @LocalServerPort
    int port;

    @Test
    void sixYearsOfAProgrammeAreImportedOnceWithTheirOwnDates() {
        ImportMunicipality municipality = ImportMunicipality.onboard(port, "gen");
        ImportApi api = new ImportApi(port);
        GeneratedProgramme programme = GeneratedProgramme.of(FAMILIES, 16L);
        TemplateFile file = programme.file();
        byte[] xlsx = file.xlsx();
        List<Upload> workbook = List.of(new Upload("programma.xlsx", xlsx));

        long started = System.nanoTime();
        JsonNode dryRun = api.run(municipality.code(), municipality.coordinator(), true, workbook);
        long dryRunMillis = (System.nanoTime() - started) / 1_000_000;
        // Not the whole list on failure: hundreds of lines would swamp the test report.
        assertThat(ImportApi.problems(dryRun).stream().limit(20)).isEmpty();
        assertThat(families(municipality)).isZero();

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        started = System.nanoTime();
        JsonNode imported = api.run(municipality.code(), municipality.coordinator(), false, workbook);
        long importMillis = (System.nanoTime() - started) / 1_000_000;
        long heapMb = memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
        assertThat(ImportApi.problems(imported).stream().limit(20)).isEmpty();
        assertThat(imported.get("committed").asBoolean()).isTrue();

        int rows = file.kinds().stream().mapToInt(file::count).sum();
        System.out.printf(
                "Import of %d families (%d rows, %d steps, %d kB xlsx): dry run %d ms, import %d ms, heap after %d MB%n",
                FAMILIES, rows, imported.get("total").asInt(), xlsx.length / 1024, dryRunMillis, importMillis, heapMb);

        JsonNode summary = imported.get("summary");
        for (ImportKind kind : List.of(
                ImportKind.GEZINNEN,
                ImportKind.KINDEREN,
                ImportKind.STEUNGEZINNEN,
                ImportKind.HUISGENOTEN,
                ImportKind.INTAKES,
                ImportKind.STATUSWIJZIGINGEN,
                ImportKind.KOPPELINGEN,
                ImportKind.EVALUATIES,
                ImportKind.UITKOMSTEN,
                ImportKind.AFSLUITINGEN)) {
            assertThat(summary.get(kind.sheet()).get("created").asInt())
                    .as(kind.sheet())
                    .isEqualTo(file.count(kind));
        }
        String schema = municipality.schema();
        assertThat(families(municipality)).isEqualTo(FAMILIES);
        assertThat(Sql.count("SELECT count(*) FROM " + schema + ".family_match"))
                .isEqualTo(file.count(ImportKind.KOPPELINGEN));
        assertThat(Sql.count("SELECT count(*) FROM " + schema
                        + ".family_match WHERE status = 'ENDED' AND close_reason <> 'TRIAL_NOT_CONTINUED'"))
                .isEqualTo(file.count(ImportKind.AFSLUITINGEN));

        // The same data as CSV files, as a later upload: nothing new.
        JsonNode again = api.run(municipality.code(), municipality.coordinator(), false, file.csvUploads());
        assertThat(ImportApi.problems(again)).isEmpty();
        assertThat(again.get("summaryLine").asString()).isEqualTo("al geïmporteerd: " + rows + ", nieuw: 0");
        assertThat(families(municipality)).isEqualTo(FAMILIES);

        // A spot check: a closed family's registration and its match's dates are the file's, and its timeline says
        // it was imported.
        Map.Entry<String, LocalDate> closing =
                programme.closed().entrySet().iterator().next();
        String familyRef = "GEN-" + closing.getKey().substring(3);
        // import_ref holds only hashes (ImportRefPrivacyTest): found by the generated parent's name instead
        String familyId = Sql.strings(
                        "SELECT id::text FROM " + schema + ".family WHERE parent_name = ?",
                        "Ouder " + Integer.parseInt(familyRef.substring("GEN-".length())))
                .get(0);
        assertThat(Sql.strings(
                        "SELECT registration_date::text FROM " + schema + ".family WHERE id = ?::uuid", familyId))
                .containsExactly(programme.registered().get(familyRef).toString());
        assertThat(Sql.strings("SELECT status FROM " + schema + ".family WHERE id = ?::uuid", familyId))
                .containsExactly("CLOSED");
        assertThat(Sql.strings(
                        "SELECT ended_on::text FROM " + schema + ".family_match WHERE family_id = ?::uuid", familyId))
                .containsExactly(closing.getValue().toString());
        assertThat(Sql.strings(
                        "SELECT kind FROM " + schema
                                + ".timeline_entry WHERE family_id = ?::uuid AND kind = 'IMPORTED'",
                        familyId))
                .hasSize(1);
        assertThat(Sql.strings(
                        "SELECT happened_on::text FROM " + schema
                                + ".timeline_entry WHERE family_id = ?::uuid AND kind = 'MATCH_CLOSED'",
                        familyId))
                .containsExactly(closing.getValue().toString());
    }

    private static int families(ImportMunicipality municipality) {
        return Sql.count("SELECT count(*) FROM " + municipality.schema() + ".family");
    }
}
