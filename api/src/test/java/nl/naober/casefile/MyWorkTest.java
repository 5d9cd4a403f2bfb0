package nl.naober.casefile;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.CaseWork.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * "Mijn werk" lists what a coordinator must act on, and forgets it once done. Every step lies on its own day in date
 * order (issue 16): a trial that started seven weeks ago was proposed before that, to a family waiting before that;
 * a follow-up due now belongs to a match closed a year ago.
 */
@NaoberIntegrationTest
class MyWorkTest {

    static final Set<String> FRIDAY = Set.of("FRIDAY_AFTERNOON");

    @LocalServerPort
    int port;

    Http http;
    CaseWork emmen;

    @Test
    void aTrialEndingSoonAWaitingFamilyAndADueFollowUpAppearAndTheFollowUpGoesWhenMeasured() {
        http = new Http(port);
        emmen = new CaseWork(http, "emmen");
        String run = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now();
        JsonNode waiting = emmen.waitingFamily(
                "Wacht " + run, FRIDAY, List.of(child("Sam", LocalDate.now().minusYears(6))));

        // a trial started seven weeks ago: ends within the fortnight
        JsonNode supportFamily = availableSince("Proef " + run, today.minusWeeks(12));
        JsonNode family = waitingSince("Klaar " + run, today.minusWeeks(10));
        JsonNode match = propose(family, supportFamily, today.minusWeeks(8));
        JsonNode trial = ok(http.post(
                emmen.base() + "/matches/" + id(match) + "/trial",
                emmen.coordinator(),
                Http.json(Map.of("startDate", today.minusWeeks(7).toString(), "version", version(match)))));

        JsonNode work = ok(http.get(emmen.base() + "/my-work?scope=ALL", emmen.coordinator()));
        assertThat(work.get("trialsEnding").toString()).contains(id(match).toString());
        assertThat(work.get("waitingLongest").toString()).contains(id(waiting).toString());
        JsonNode mine = ok(http.get(emmen.base() + "/my-work", emmen.coordinator()));
        assertThat(mine.get("waitingLongest").toString())
                .as("registered by this coordinator")
                .contains(id(waiting).toString());

        // a match closed a year ago: its follow-up measurement is due
        JsonNode earlierSupportFamily = availableSince("Nameting " + run, today.minusMonths(17));
        JsonNode earlierFamily = waitingSince("Nameting Gezin " + run, today.minusMonths(16));
        JsonNode closedMatch = propose(earlierFamily, earlierSupportFamily, today.minusMonths(15));
        JsonNode started = ok(http.post(
                emmen.base() + "/matches/" + id(closedMatch) + "/trial",
                emmen.coordinator(),
                Http.json(Map.of("startDate", today.minusMonths(15).toString(), "version", version(closedMatch)))));
        JsonNode active = created(http.post(
                emmen.base() + "/matches/" + id(started) + "/evaluations",
                emmen.coordinator(),
                Http.json(Map.of(
                        "kind",
                        "TRIAL",
                        "decision",
                        "CONTINUE",
                        "heldOn",
                        today.minusMonths(13).toString(),
                        "endTrialEarly",
                        true))));
        ok(http.post(
                emmen.base() + "/matches/" + id(closedMatch) + "/close",
                emmen.coordinator(),
                Http.json(Map.of(
                        "reason", "GOAL_REACHED",
                        "endedOn", today.minusMonths(12).toString(),
                        "version", version(active)))));
        assertThat(ok(http.get(emmen.base() + "/my-work?scope=ALL", emmen.coordinator()))
                        .get("followUpsDue")
                        .toString())
                .contains(id(closedMatch).toString());

        created(http.post(
                emmen.base() + "/families/" + id(earlierFamily) + "/outcomes",
                emmen.coordinator(),
                Http.json(Map.of("moment", "FOLLOW_UP", "parentingStrain", 2, "heavierCareNeeded", false))));
        assertThat(ok(http.get(emmen.base() + "/my-work?scope=ALL", emmen.coordinator()))
                        .get("followUpsDue")
                        .toString())
                .doesNotContain(id(closedMatch).toString());
        assertThat(trial.get("trialPlannedEnd").asString())
                .isEqualTo(LocalDate.now().minusWeeks(7).plusWeeks(8).toString());
    }

    /** Registered on {@code since}, intake and waiting list a week later. */
    private JsonNode waitingSince(String name, LocalDate since) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("parentName", name);
        body.put("postcode", "7811 AB");
        body.put("latitude", 52.78);
        body.put("longitude", 6.9);
        body.put("numberOfChildren", 1);
        body.put("preferredDayParts", FRIDAY);
        body.put("consentGiven", true);
        body.put("registrationDate", since.toString());
        body.put("children", List.of(child("Fem", LocalDate.now().minusYears(7))));
        JsonNode family = created(http.post(emmen.base() + "/families", emmen.coordinator(), Http.json(body)));
        JsonNode intake = created(http.post(
                emmen.base() + "/families/" + id(family) + "/intakes",
                emmen.coordinator(),
                Http.json(Map.of("visitDate", since.plusDays(7).toString(), "outcome", "SUITABLE"))));
        return ok(http.post(
                emmen.base() + "/families/" + id(family) + "/status",
                emmen.coordinator(),
                Http.json(Map.of(
                        "target",
                        "WAITING",
                        "version",
                        version(intake),
                        "changedOn",
                        since.plusDays(7).toString()))));
    }

    /** Registered on {@code since} with a VOG of that day; intake and AVAILABLE a week later. */
    private JsonNode availableSince(String name, LocalDate since) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("householdName", name);
        body.put("postcode", "7811 AB");
        body.put("latitude", 52.78);
        body.put("longitude", 6.9);
        body.put("availableDayParts", FRIDAY);
        body.put("capacity", 2);
        body.put("members", List.of(Map.of("firstName", "Wim", "birthDate", "1975-03-01")));
        body.put("registrationDate", since.toString());
        JsonNode supportFamily =
                created(http.post(emmen.base() + "/support-families", emmen.coordinator(), Http.json(body)));
        String base = emmen.base() + "/support-families/" + id(supportFamily);
        created(http.post(
                base + "/members/"
                        + supportFamily.get("members").get(0).get("id").asString() + "/vogs",
                emmen.coordinator(),
                Http.json(Map.of("requestedOn", since.toString(), "issuedOn", since.toString()))));
        JsonNode screened = created(http.post(
                base + "/intakes",
                emmen.coordinator(),
                Http.json(Map.of("visitDate", since.plusDays(7).toString(), "outcome", "SUITABLE"))));
        return ok(http.post(
                base + "/status",
                emmen.coordinator(),
                Http.json(Map.of(
                        "target",
                        "AVAILABLE",
                        "version",
                        version(screened),
                        "changedOn",
                        since.plusDays(7).toString()))));
    }

    private JsonNode propose(JsonNode family, JsonNode supportFamily, LocalDate on) {
        return created(http.post(
                emmen.base() + "/matches",
                emmen.coordinator(),
                Http.json(Map.of(
                        "familyId", id(family).toString(),
                        "supportFamilyId", id(supportFamily).toString(),
                        "dayParts", FRIDAY,
                        "proposedOn", on.toString()))));
    }
}
