package nl.naober.family.web;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Children edited and removed through the REST API (not a child in an open match), and the suggestions' reasons
 * why no support family fits, counted by the same rules as the ranking, on Borger-Odoorn records of its own.
 */
@NaoberIntegrationTest
class ChildrenAndSuggestionReasonsTest {

    static final Set<String> SUNDAY = Set.of("SUNDAY_EVENING");

    @LocalServerPort
    int port;

    Http http;
    CaseWork borger;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        borger = new CaseWork(http, "borger-odoorn");
    }

    @Test
    void aChildIsCorrectedAndRemovedOnTheTimelineButNotWhileInAnOpenMatch() {
        JsonNode family = borger.waitingFamily(
                "Kinderen " + System.nanoTime(),
                SUNDAY,
                List.of(
                        child("Anna", LocalDate.now().minusYears(4)),
                        child("Bram", LocalDate.now().minusYears(6)),
                        child("Cas", LocalDate.now().minusYears(8))));
        String path = borger.base() + "/families/" + id(family);
        String anna = childId(family, "Anna");
        String bram = childId(family, "Bram");

        JsonNode corrected = ok(send(
                "PUT",
                path + "/children/" + anna,
                Http.json(Map.of(
                        "firstName",
                        "Anne",
                        "birthDate",
                        LocalDate.now().minusYears(5).toString(),
                        "needs",
                        List.of("ADHD"),
                        "version",
                        family.get("version").asLong()))));
        assertThat(names(corrected)).containsExactly("Cas", "Bram", "Anne");
        assertThat(send("DELETE", path + "/children/" + bram, null).status()).isEqualTo(204);
        assertThat(names(ok(http.get(path, borger.coordinator())))).containsExactly("Cas", "Anne");
        assertThat(send("DELETE", path + "/children/" + bram, null).status()).isEqualTo(404);
        assertThat(ok(http.get(path + "/timeline", borger.coordinator())).toString())
                .contains("CHILD_CHANGED", "Anna → Anne", "CHILD_REMOVED", "Bram");

        JsonNode supportFamily = borger.makeAvailable(
                borger.registerSupportFamily("Kinderopvang " + System.nanoTime(), 52.96, 6.95, SUNDAY, 3, Set.of()));
        JsonNode match = borger.propose(ok(http.get(path, borger.coordinator())), supportFamily, SUNDAY);
        Http.Response refused = send("DELETE", path + "/children/" + anna, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("matchId").asString()).isEqualTo(id(match).toString());
        assertThat(refused.body()).contains("koppeling");
        assertThat(names(ok(http.get(path, borger.coordinator())))).contains("Anne");
    }

    @Test
    void whenNoSupportFamilyFitsTheReportCountsEachReason() {
        String unique = "Redenen " + System.nanoTime();
        JsonNode family = borger.waitingFamily(
                unique,
                SUNDAY,
                List.of(
                        child("Daan", LocalDate.now().minusYears(4)),
                        child("Eva", LocalDate.now().minusYears(7))));
        String report = borger.base() + "/families/" + id(family) + "/match-suggestions/report";
        Map<String, Integer> before = counts(ok(http.get(report, borger.coordinator())));

        // paused
        JsonNode paused =
                borger.makeAvailable(borger.registerSupportFamily(unique + " P", 52.96, 6.95, SUNDAY, 3, Set.of()));
        ok(http.post(
                borger.base() + "/support-families/" + id(paused) + "/status",
                borger.coordinator(),
                Http.json(Map.of(
                        "target", "PAUSED", "version", paused.get("version").asLong()))));
        // an adult without a VOG joined after it became available
        JsonNode noVog =
                borger.makeAvailable(borger.registerSupportFamily(unique + " V", 52.96, 6.95, SUNDAY, 3, Set.of()));
        assertThat(http.post(
                                borger.base() + "/support-families/" + id(noVog) + "/members",
                                borger.coordinator(),
                                Http.json(Map.of("firstName", "Joop", "birthDate", "1970-05-05")))
                        .status())
                .isEqualTo(201);
        // one place for two children
        borger.makeAvailable(borger.registerSupportFamily(unique + " C", 52.96, 6.95, SUNDAY, 1, Set.of()));
        // other day-parts only
        borger.makeAvailable(
                borger.registerSupportFamily(unique + " D", 52.96, 6.95, Set.of("MONDAY_MORNING"), 3, Set.of()));

        JsonNode after = ok(http.get(report, borger.coordinator()));
        Map<String, Integer> counts = counts(after);
        assertThat(after.get("suggestions").toString()).doesNotContain(unique);
        assertThat(delta(before, counts))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("PAUSED", 1, "NO_VALID_VOG", 1, "NOT_ENOUGH_PLACES", 1, "NO_DAY_PART_OVERLAP", 1));
        assertThat(after.get("excluded").toString()).contains("geen geldige VOG voor elke volwassene");

        // for Daan only, the family with one place fits
        String daan = childId(family, "Daan");
        JsonNode forDaan = ok(http.get(report + "?childIds=" + daan, borger.coordinator()));
        assertThat(forDaan.get("suggestions").toString()).contains(unique + " C");
        assertThat(delta(before, counts(forDaan))).doesNotContainKey("NOT_ENOUGH_PLACES");
        assertThat(ok(http.get(
                                borger.base() + "/families/" + id(family) + "/match-suggestions?childIds=" + daan,
                                borger.coordinator()))
                        .toString())
                .contains(unique + " C");
    }

    private Http.Response send(String method, String path, String json) {
        HttpRequest.Builder request = http.request(path, borger.coordinator());
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request);
    }

    static String childId(JsonNode family, String firstName) {
        for (JsonNode c : family.get("children")) {
            if (c.get("firstName").asString().equals(firstName)) {
                return c.get("id").asString();
            }
        }
        throw new AssertionError("no child " + firstName);
    }

    static List<String> names(JsonNode family) {
        return family.get("children")
                .valueStream()
                .map(c -> c.get("firstName").asString())
                .toList();
    }

    static Map<String, Integer> counts(JsonNode report) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        report.get("excluded")
                .forEach(e ->
                        counts.put(e.get("reason").asString(), e.get("count").asInt()));
        return counts;
    }

    static Map<String, Integer> delta(Map<String, Integer> before, Map<String, Integer> after) {
        Map<String, Integer> delta = new HashMap<>();
        after.forEach((reason, count) -> {
            int d = count - before.getOrDefault(reason, 0);
            if (d != 0) {
                delta.put(reason, d);
            }
        });
        return delta;
    }
}
