package nl.naober.casefile;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.ok;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.StatementCount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What a request costs in SQL statements (issue 17 item 2): a page of a list a fixed number, whatever its size (no
 * statement per row for a row's children, intakes or members); the public registration page only its public contact
 * once it has been shown (not the network's name again). Counted with Hibernate's statistics of both persistence units
 * (tenant and catalog), switched on for the requests only ({@link StatementCount}).
 */
@NaoberIntegrationTest
class RequestStatementCountTest {

    private static final Set<String> MONDAY = Set.of("MONDAY_AFTERNOON");

    @LocalServerPort
    int port;

    @Autowired
    List<EntityManagerFactory> persistenceUnits;

    @Test
    void aPageOfFamiliesOrSupportFamiliesTakesNoMoreStatementsThanAPageOfOne() {
        Http http = new Http(port);
        CaseWork emmen = new CaseWork(http, "emmen");
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 5; i++) {
            emmen.waitingFamily(
                    "Telling " + run + " " + i,
                    MONDAY,
                    List.of(child("Sam", LocalDate.now().minusYears(6))));
            emmen.registerSupportFamily("Telling " + run + " " + i, 52.78, 6.90, MONDAY, 2, Set.of("ADHD"));
        }

        for (String list : List.of("/families", "/support-families")) {
            long pageOfOne = statements(() -> ok(http.get(emmen.base() + list + "?size=1", emmen.coordinator())), 1);
            long pageOfFive = statements(() -> ok(http.get(emmen.base() + list + "?size=5", emmen.coordinator())), 5);
            // Before: two statements more per extra family (its children, its intakes). Batched: at most one more
            // in all (a nested collection of the bigger page), never one per row.
            assertThat(pageOfFive - pageOfOne)
                    .as(list + ": extra statements for 5 rows instead of 1")
                    .isLessThan(4);
        }
    }

    @Test
    void thePublicRegistrationPageReadsOnlyItsPublicContactOnceShown() {
        Http http = new Http(port);
        assertThat(http.get("/aanmelden/emmen", null).status()).isEqualTo(200);
        long statements = statements(
                () -> assertThat(http.get("/aanmelden/emmen", null).status()).isEqualTo(200));
        // The network's name is read once (it never changes); what remains is the municipality's public contact,
        // which its network admin may change at any time and must show on every replica at once.
        assertThat(statements).as("statements of the public page shown again").isLessThanOrEqualTo(1);
    }

    /** The fewest statements of three tries of a page ({@link StatementCount}). */
    private long statements(Supplier<JsonNode> page, int rows) {
        return statements(() -> assertThat(page.get().get("content")).hasSize(rows));
    }

    private long statements(Runnable request) {
        return new StatementCount(persistenceUnits).statements(request);
    }
}
