package nl.naober.web.paging;

import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A {@code sort} naming no property of the list was a 500 from deep in JPA ({@code class}, {@code (select 1)},
 * {@code %_\}); a property that exists but is not offered would order rows by what the list does not show.
 */
@NaoberIntegrationTest
class SortWhitelistTest {

    private static final String FAMILIES = "/api/v1/municipalities/de-wolden/families";
    private static final String COORDINATOR = basic("coordinator.de-wolden");

    @LocalServerPort
    int port;

    @Test
    void aSortOutsideTheListsWhitelistIsABadRequestThatNamesTheParameterNotTheValue() {
        Http http = new Http(port);
        for (String sort :
                new String[] {"class", "%28select%201%29", "%25_%5C", "contactEmail", "registrationDate,id"}) {
            Http.Response response = http.get(FAMILIES + "?sort=" + sort, COORDINATOR);
            assertThat(response.status()).as(sort + ": " + response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).endsWith("/bad-sort");
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("sort");
            assertThat(response.json().get("detail").asString()).contains("registrationDate");
        }
        Http.Response networks = http.get("/api/v1/admin/networks?sort=class", basic("admin.platform"));
        assertThat(networks.status()).as(networks.body()).isEqualTo(400);
        Http.Response unsorted =
                http.get("/api/v1/municipalities/de-wolden/retention/runs?sort=id", basic("privacy.de-wolden"));
        assertThat(unsorted.status())
                .as("a list without sort options takes none: " + unsorted.body())
                .isEqualTo(400);
    }

    @Test
    void theListsOwnSortIsTakenInEitherDirection() {
        Http http = new Http(port);
        for (String sort : new String[] {"registrationDate", "registrationDate,asc", "registrationDate,DESC", ","}) {
            Http.Response response = http.get(FAMILIES + "?sort=" + sort, COORDINATOR);
            assertThat(response.status()).as(sort + ": " + response.body()).isEqualTo(200);
        }
    }
}
