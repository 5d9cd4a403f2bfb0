package nl.naober.security;

import static nl.naober.support.Families.newFamilyJson;
import static nl.naober.support.Families.rowsInSchema;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A municipality code in a URL is input like any other: hostile ones find nothing and change nothing. */
@NaoberIntegrationTest
class HostileCodeTest {

    @LocalServerPort
    int port;

    static List<String> hostileCodes() {
        return List.of(
                URLEncoder.encode("meppel\";drop schema platform;--", StandardCharsets.UTF_8),
                "meppel%22%3Bdrop%20schema%20platform%3B--",
                "../x",
                "..%2Fx",
                "MEPPEL",
                "t_meppel",
                "a".repeat(200),
                "%20meppel");
    }

    @ParameterizedTest
    @MethodSource("hostileCodes")
    void aHostileCodeIsNotFoundAndChangesNothing(String code) {
        Http http = new Http(port);
        String coordinator = basic("coordinator.meppel");
        int meppelRows = rowsInSchema("t_meppel");
        List<String> schemasBefore = schemas();

        Http.Response read = http.get("/api/v1/municipalities/" + code + "/families", coordinator);
        Http.Response write =
                http.post("/api/v1/municipalities/" + code + "/families", coordinator, newFamilyJson("Hostile"));

        assertThat(read.status()).as(read.body()).isEqualTo(404);
        assertThat(write.status()).as(write.body()).isEqualTo(404);
        assertThat(schemas()).isEqualTo(schemasBefore).contains("platform", "t_meppel");
        assertThat(rowsInSchema("t_meppel")).isEqualTo(meppelRows);
    }

    private static List<String> schemas() {
        return Sql.strings("SELECT schema_name FROM information_schema.schemata ORDER BY schema_name");
    }
}
