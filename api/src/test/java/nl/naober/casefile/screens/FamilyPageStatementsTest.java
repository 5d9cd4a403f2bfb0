package nl.naober.casefile.screens;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.CaseWork.version;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.naober.matching.FamilyPage;
import nl.naober.matching.FamilyPages;
import nl.naober.support.Browser;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import nl.naober.support.StatementCount;
import nl.naober.support.StatementCount.Cost;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The family page reads what it shows at a fixed cost, whatever the number of matches (issue 18 item 6). Before, every
 * match reloaded the family and its support family, each in a read transaction of its own: 20 to 22 statements (the
 * catalog's two are cached part of the time) in 8 transactions with one match, 53 to 55 in 14 with four.
 *
 * <p>Counted with Hibernate's statistics ({@link StatementCount}): on a read its statements are the selects. The access
 * log's insert is plain JDBC in a transaction of its own ({@code AccessLog.record}): it is not among the statements but
 * is among the transactions, and its lines are checked apart, in the log table.
 */
@NaoberIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyPageStatementsTest {

    private static final Set<String> MONDAY = Set.of("MONDAY_AFTERNOON");

    @LocalServerPort
    int port;

    @Autowired
    List<EntityManagerFactory> persistenceUnits;

    @Autowired
    FamilyPages pages;

    UUID withOne;
    UUID withFour;
    UUID supportFamilyWithFour;
    UUID supportFamilyWithOne;
    List<UUID> matchesOfFour = new ArrayList<>();

    @BeforeAll
    void twoFamiliesWithOneAndFourMatches() {
        Http http = new Http(port);
        CaseWork emmen = new CaseWork(http, "emmen");
        String run = Long.toString(System.nanoTime(), 36);
        withOne = familyWithMatches(http, emmen, "Leesmodel " + run + " een", 1, new ArrayList<>());
        withFour = familyWithMatches(http, emmen, "Leesmodel " + run + " vier", 4, matchesOfFour);
        supportFamilyWithFour = supportFamilyWithMatches(http, emmen, "Leesmodel " + run + " steungezin", 4);
        supportFamilyWithOne = UUID.fromString(
                Sql.strings("select support_family_id from t_emmen.family_match where family_id = ?", withOne)
                        .get(0));
    }

    @Test
    void theFamilyPageCostsTheSameWithFourMatchesAsWithOneInOneReadTransaction() {
        Browser coordinator = Browser.loggedIn(port, "coordinator.emmen");
        StatementCount count = new StatementCount(persistenceUnits);

        Cost one = count.cost(() -> show(coordinator, withOne, 1));
        Cost four = count.cost(() -> show(coordinator, withFour, 4));
        assertThat(four.writes()).as("entities written by showing the page").isZero();
        assertThat(four.statements())
                .as("statements with 4 matches, 1 match: " + one)
                .isEqualTo(one.statements());
        assertThat(four.transactions())
                .as("transactions with 4 matches, 1 match: " + one)
                .isEqualTo(one.transactions());
        // one read-only transaction for all the page shows, one of the access log's own for its insert
        assertThat(four.transactions()).as("transactions of the page").isEqualTo(2);
        // the caller's account and municipality (catalog, 2), the family with its matches and support families (3),
        // its timeline (1), its erasure requests (the file's state and the requests, 2), its planned visits (1)
        assertThat(four.statements()).as("statements of the page").isLessThanOrEqualTo(9);
    }

    @Test
    void theFamilyItsMatchesAndTheirSupportFamiliesAreReadInAtMostThreeQueries() {
        StatementCount count = new StatementCount(persistenceUnits);
        List<FamilyPage> read = new ArrayList<>();

        Cost cost = count.cost(() -> read.add(TenantContext.call(Tenant.of("emmen"), () -> pages.read(withFour))));
        assertThat(cost.statements()).isLessThanOrEqualTo(3);
        assertThat(cost.transactions()).isEqualTo(1);
        FamilyPage page = read.get(0);
        assertThat(page.family().children()).hasSize(1);
        assertThat(page.family().intakes()).hasSize(1);
        assertThat(page.matches())
                .extracting(line -> line.match().id())
                .containsExactlyInAnyOrderElementsOf(matchesOfFour);
        assertThat(page.matches())
                .extracting(FamilyPage.MatchLine::supportFamilyName)
                .allMatch(name -> name.startsWith(page.family().parentName() + " steun "));
    }

    @Test
    void theSupportFamilyPageCostsTheSameWithFourMatchesAsWithOneInOneReadTransaction() {
        Browser coordinator = Browser.loggedIn(port, "coordinator.emmen");
        StatementCount count = new StatementCount(persistenceUnits);

        Cost one = count.cost(() -> showSupportFamily(coordinator, supportFamilyWithOne, "een"));
        Cost four = count.cost(() -> showSupportFamily(coordinator, supportFamilyWithFour, "vraag 4"));
        assertThat(four.writes()).as("entities written by showing the page").isZero();
        assertThat(four.statements())
                .as("statements with 4 matches, 1 match: " + one)
                .isEqualTo(one.statements());
        assertThat(four.transactions())
                .as("transactions with 4 matches, 1 match: " + one)
                .isEqualTo(one.transactions());
        assertThat(four.transactions()).as("transactions of the page").isEqualTo(2);
    }

    /** The lines one showing of the page writes in the access log: the same as before the read model. */
    @Test
    void thePageStillLogsTheFamilyAndEachOfItsMatches() {
        Browser coordinator = Browser.loggedIn(port, "coordinator.emmen");
        long since = Long.parseLong(Sql.strings("select coalesce(max(id), 0) from t_emmen.access_log")
                .get(0));

        show(coordinator, withFour, 4);

        List<String> expected = new ArrayList<>();
        expected.add("READ FAMILY " + withFour);
        matchesOfFour.forEach(match -> expected.add("LIST MATCH " + match));
        assertThat(Sql.strings(
                        "select action || ' ' || record_type || ' ' || record_id from t_emmen.access_log"
                                + " where id > ? and family_id = ? and username = 'coordinator.emmen'",
                        since,
                        withFour))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** A waiting family with as many matches with as many support families: all cancelled but the last. */
    private static UUID familyWithMatches(Http http, CaseWork emmen, String name, int matches, List<UUID> made) {
        JsonNode family = emmen.waitingFamily(
                name, MONDAY, List.of(child("Sam", LocalDate.now().minusYears(6))));
        for (int i = 1; i <= matches; i++) {
            JsonNode supportFamily =
                    emmen.registerSupportFamily(name + " steun " + i, 52.72, 6.47, MONDAY, 2, Set.of());
            emmen.makeAvailable(supportFamily);
            JsonNode match = emmen.propose(family, supportFamily, MONDAY);
            made.add(id(match));
            if (i < matches) {
                ok(http.post(
                        emmen.base() + "/matches/" + id(match) + "/cancel",
                        emmen.coordinator(),
                        Http.json(Map.of("version", version(match)))));
            }
        }
        return id(family);
    }

    /** An available support family with as many matches with as many families: all cancelled but the last. */
    private static UUID supportFamilyWithMatches(Http http, CaseWork emmen, String name, int matches) {
        JsonNode supportFamily = emmen.registerSupportFamily(name, 52.72, 6.47, MONDAY, 2, Set.of());
        emmen.makeAvailable(supportFamily);
        for (int i = 1; i <= matches; i++) {
            JsonNode family = emmen.waitingFamily(
                    name + " vraag " + i,
                    MONDAY,
                    List.of(child("Sam", LocalDate.now().minusYears(6))));
            JsonNode match = emmen.propose(family, supportFamily, MONDAY);
            if (i < matches) {
                ok(http.post(
                        emmen.base() + "/matches/" + id(match) + "/cancel",
                        emmen.coordinator(),
                        Http.json(Map.of("version", version(match)))));
            }
        }
        return id(supportFamily);
    }

    private static void showSupportFamily(Browser coordinator, UUID supportFamily, String lastFamily) {
        HttpResponse<String> page = coordinator.get("/steungezinnen/" + supportFamily);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(lastFamily + " – ");
    }

    private static void show(Browser coordinator, UUID family, int matches) {
        HttpResponse<String> page = coordinator.get("/gezinnen/" + family);
        assertThat(page.statusCode()).isEqualTo(200);
        for (int i = 1; i <= matches; i++) {
            assertThat(page.body()).contains(" steun " + i + "</a>");
        }
    }
}
