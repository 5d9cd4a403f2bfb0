package nl.naober.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The import through REST: dry run, import, the same file again, and who may do it. */
@NaoberIntegrationTest
class ImportApiTest {

    private static ImportMunicipality municipality;

    @LocalServerPort
    int port;

    private ImportApi api;

    @BeforeEach
    void setUp() {
        api = new ImportApi(port);
        municipality = ImportMunicipality.shared(port);
    }

    @Test
    void aDryRunChecksEverythingAndStoresNothingThenTheImportStoresItAndASecondImportChangesNothing() {
        String code = municipality.code();
        String auth = municipality.coordinator();
        List<Upload> workbook =
                List.of(new Upload("programma.xlsx", SmallProgramme.file().xlsx()));

        int before = families();
        JsonNode dryRun = api.run(code, auth, true, workbook);
        assertThat(ImportApi.problems(dryRun)).isEmpty();
        assertThat(dryRun.get("committed").asBoolean()).isFalse();
        assertThat(dryRun.get("summary").get("gezinnen").get("created").asInt()).isEqualTo(2);
        assertThat(dryRun.get("summary").get("koppelingen").get("created").asInt())
                .isEqualTo(1);
        assertThat(dryRun.get("done").asInt()).isEqualTo(dryRun.get("total").asInt());
        assertThat(families()).isEqualTo(before);

        JsonNode imported = api.run(code, auth, false, workbook);
        assertThat(ImportApi.problems(imported)).isEmpty();
        assertThat(imported.get("committed").asBoolean()).isTrue();
        assertThat(families()).isEqualTo(before + 2);
        assertThat(Sql.count("SELECT count(*) FROM " + municipality.schema() + ".family_match WHERE status = 'ENDED'"))
                .isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM " + municipality.schema() + ".family WHERE status = 'WITHDRAWN'"))
                .isEqualTo(1);
        assertThat(Sql.count(
                        "SELECT count(*) FROM " + municipality.schema()
                                + ".access_log WHERE action = 'CREATE' AND username = ?",
                        "coordinator." + code))
                .as("every record written to the access log as created by the importing coordinator")
                .isGreaterThanOrEqualTo(5);

        JsonNode again = api.run(code, auth, false, workbook);
        assertThat(ImportApi.problems(again)).isEmpty();
        int rows = SmallProgramme.file().kinds().stream()
                .mapToInt(SmallProgramme.file()::count)
                .sum();
        assertThat(again.get("summaryLine").asString()).isEqualTo("al geïmporteerd: " + rows + ", nieuw: 0");
        assertThat(families()).isEqualTo(before + 2);
    }

    @Test
    void onlyTheMunicipalitysOwnCoordinatorMayStartOrReadAnImport() {
        String code = municipality.code();
        List<Upload> file = List.of(new Upload(
                "gezinnen.csv", new TemplateFile().sheet(ImportKind.GEZINNEN).csv(ImportKind.GEZINNEN)));
        Http.Response started = api.post(code, municipality.coordinator(), true, file);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String location = java.net.URI.create(started.header("Location")).getPath();
        String id = location.substring(location.lastIndexOf('/') + 1);

        assertThat(api.post(code, municipality.policyOfficer(), true, file).status())
                .isEqualTo(403);
        assertThat(api.get(location, municipality.policyOfficer()).status()).isEqualTo(403);
        assertThat(api.post(code, null, true, file).status()).isEqualTo(401);
        assertThat(api.get(location, null).status()).isEqualTo(401);
        String meppel = Http.basic("coordinator.meppel");
        assertThat(api.get(location, meppel).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/municipalities/meppel/imports/" + id, meppel)
                        .status())
                .as("another municipality's coordinator does not see the job under their own municipality either")
                .isEqualTo(404);
        assertThat(api.post(code, meppel, true, file).status()).isEqualTo(404);
    }

    @Test
    void anUploadOverTheLimitIsRefusedWith413() {
        byte[] large = new byte[21 * 1024 * 1024];
        Http.Response refused = api.post(
                municipality.code(), municipality.coordinator(), true, List.of(new Upload("groot.xlsx", large)));
        // Tomcat refuses the request as soon as it passes the limit, before the body is read: a bare 413.
        assertThat(refused.status()).as(refused.body()).isEqualTo(413);
    }

    private int families() {
        return Sql.count("SELECT count(*) FROM " + municipality.schema() + ".family");
    }
}
