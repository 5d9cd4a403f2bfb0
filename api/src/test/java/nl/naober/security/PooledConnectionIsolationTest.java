package nl.naober.security;

import static nl.naober.support.Families.newFamilyJson;
import static nl.naober.support.Families.path;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import javax.sql.DataSource;
import nl.naober.family.FamilyService;
import nl.naober.support.Http;
import nl.naober.support.TestDatabaseInitializer;
import nl.naober.tenancy.NoTenantContextException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * With a pool of one connection every request reuses the same physical connection, so a schema or database role left
 * behind by one municipality's request would show up in the next one's answer.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "naober.security.bcrypt-strength=4",
            "naober.demo.case-data.enabled=false",
            "spring.datasource.hikari.maximum-pool-size=1"
        })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class PooledConnectionIsolationTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    FamilyService families;

    @Test
    void aThousandAlternatingRequestsNeverSeeTheOtherMunicipality() throws Exception {
        Http http = new Http(port);
        assertThat(http.post(path("emmen"), basic("coordinator.emmen"), newFamilyJson("Pool Emmen"))
                        .status())
                .isEqualTo(201);
        assertThat(http.post(
                                path("borger-odoorn"),
                                basic("coordinator.borger-odoorn"),
                                newFamilyJson("Pool Borger-Odoorn"))
                        .status())
                .isEqualTo(201);

        Random random = new Random(42);
        int[] requests = new int[2];
        for (int i = 0; i < 1_000; i++) {
            boolean emmen = random.nextBoolean();
            String code = emmen ? "emmen" : "borger-odoorn";
            Http.Response list = http.get(path(code) + "?size=100", basic("coordinator." + code));
            assertThat(list.status()).isEqualTo(200);
            for (JsonNode family : list.json().get("content")) {
                String name = family.get("parentName").asString();
                assertThat(name).doesNotStartWith(emmen ? "Pool Borger-Odoorn" : "Pool Emmen");
            }
            assertThat(list.body()).contains(emmen ? "Pool Emmen" : "Pool Borger-Odoorn");
            requests[emmen ? 0 : 1]++;
        }
        assertThat(requests[0]).isGreaterThan(400);
        assertThat(requests[1]).isGreaterThan(400);

        assertThat(releasedConnection("SELECT current_schema()")).isEqualTo("platform");
        assertThat(releasedConnection("SELECT current_user")).isEqualTo("naober_catalog");
    }

    @Test
    void tenantDataWithoutATenantContextFailsLoudly() {
        assertThatThrownBy(() -> families.list(Pageable.ofSize(1)))
                .hasRootCauseInstanceOf(NoTenantContextException.class);
    }

    private String releasedConnection(String query) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
