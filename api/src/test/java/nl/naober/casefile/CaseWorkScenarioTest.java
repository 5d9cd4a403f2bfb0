package nl.naober.casefile;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.CaseWork.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * The whole programme for one family in Hoogeveen, through the REST API: registration, screening of four support
 * families, intake, explained suggestions, proposal, trial, evaluation, contact, closing with an outcome.
 */
@NaoberIntegrationTest
class CaseWorkScenarioTest {

    static final Set<String> REQUESTED = Set.of("WEDNESDAY_AFTERNOON", "SATURDAY_MORNING");

    @LocalServerPort
    int port;

    @Test
    void aSingleMotherWithThreeChildrenIsMatchedTriedEvaluatedAndClosed() {
        Http http = new Http(port);
        CaseWork hoogeveen = new CaseWork(http, "hoogeveen");
        String run = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now();

        // Registration: a single mother with three children, one with ADHD.
        JsonNode family = hoogeveen.registerFamily(
                "Sanne Bakker " + run,
                52.7233,
                6.4764,
                REQUESTED,
                List.of(
                        child("Noor", today.minusYears(9), "ADHD"),
                        child("Daan", today.minusYears(6)),
                        child("Mila", today.minusYears(3))));
        assertThat(family.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(family.get("registrationDate").asString()).isEqualTo(today.toString());
        assertThat(family.get("children")).hasSize(3);
        assertThat(family.get("children").get(0).get("age").asInt())
                .as("oldest child first")
                .isEqualTo(9);
        for (String query : List.of(run, "7901aa", "HOOGEVEEN")) {
            assertThat(ok(http.get(hoogeveen.base() + "/families?size=100&q=" + query, hoogeveen.coordinator()))
                            .get("content")
                            .toString())
                    .as("search " + query)
                    .contains(id(family).toString());
        }

        // Four support families: one without VOG, one far away, one without a fitting day-part, one fitting.
        JsonNode withoutVog =
                hoogeveen.registerSupportFamily("Zonder VOG " + run, 52.7240, 6.4770, REQUESTED, 3, Set.of("ADHD"));
        JsonNode withoutVogScreened = hoogeveen.screen(withoutVog);
        Http.Response refused = http.post(
                hoogeveen.base() + "/support-families/" + id(withoutVog) + "/status",
                hoogeveen.coordinator(),
                Http.json(Map.of("target", "AVAILABLE", "version", version(withoutVogScreened))));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("rule.vog-missing");

        JsonNode farAway = hoogeveen.makeAvailable(
                hoogeveen.registerSupportFamily("Ver weg " + run, 52.7800, 6.9000, REQUESTED, 3, Set.of("ADHD")));
        JsonNode noDayPart = hoogeveen.makeAvailable(hoogeveen.registerSupportFamily(
                "Maandagavond " + run, 52.7250, 6.4800, Set.of("MONDAY_EVENING"), 3, Set.of("ADHD")));
        JsonNode fitting = hoogeveen.makeAvailable(
                hoogeveen.registerSupportFamily("Past precies " + run, 52.7260, 6.4790, REQUESTED, 3, Set.of("ADHD")));
        assertThat(fitting.get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(fitting.get("missingForAvailable")).isEmpty();

        // Intake of the family, then on the waiting list.
        JsonNode inIntake = created(http.post(
                hoogeveen.base() + "/families/" + id(family) + "/intakes",
                hoogeveen.coordinator(),
                CaseWork.intakeJson()));
        assertThat(inIntake.get("status").asString()).isEqualTo("INTAKE");
        JsonNode waiting = ok(http.post(
                hoogeveen.base() + "/families/" + id(family) + "/status",
                hoogeveen.coordinator(),
                Http.json(Map.of("target", "WAITING", "version", version(inIntake)))));
        assertThat(waiting.get("status").asString()).isEqualTo("WAITING");

        // Suggestions: the fitting one first and says why; no VOG and no day-part are absent.
        JsonNode suggestions = ok(http.get(
                hoogeveen.base() + "/families/" + id(family) + "/match-suggestions?limit=50", hoogeveen.coordinator()));
        List<String> ranked = new ArrayList<>();
        suggestions.forEach(s -> ranked.add(s.get("supportFamilyId").asString()));
        assertThat(ranked.get(0)).isEqualTo(id(fitting).toString());
        assertThat(ranked).contains(id(farAway).toString());
        assertThat(ranked.indexOf(id(farAway).toString())).isGreaterThan(0);
        assertThat(ranked)
                .doesNotContain(id(withoutVog).toString(), id(noDayPart).toString());
        String explanation = suggestions.get(0).get("parts").toString();
        assertThat(explanation)
                .contains("woensdagmiddag")
                .contains("Ervaring met ADHD")
                .contains("km");
        int partsTotal = 0;
        for (JsonNode part : suggestions.get(0).get("parts")) {
            partsTotal += part.get("points").asInt();
        }
        assertThat(partsTotal).isEqualTo(suggestions.get(0).get("score").asInt());

        // Proposal: the family still waits.
        JsonNode match = hoogeveen.propose(waiting, fitting, Set.of("WEDNESDAY_AFTERNOON"));
        assertThat(match.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(match.get("proposedOn").asString()).isEqualTo(today.toString());
        assertThat(familyStatus(http, hoogeveen, family)).isEqualTo("WAITING");

        // Trial: eight weeks by default; the family is matched.
        JsonNode trial = ok(http.post(
                hoogeveen.base() + "/matches/" + id(match) + "/trial",
                hoogeveen.coordinator(),
                Http.json(Map.of("version", version(match)))));
        assertThat(trial.get("status").asString()).isEqualTo("TRIAL");
        assertThat(trial.get("trialStart").asString()).isEqualTo(today.toString());
        assertThat(trial.get("trialPlannedEnd").asString())
                .isEqualTo(today.plusWeeks(8).toString());
        assertThat(familyStatus(http, hoogeveen, family)).isEqualTo("MATCHED");

        // Positive trial evaluation: active, next evaluation in six months.
        JsonNode active = created(http.post(
                hoogeveen.base() + "/matches/" + id(match) + "/evaluations",
                hoogeveen.coordinator(),
                Http.json(Map.of(
                        "kind",
                        "TRIAL",
                        "decision",
                        "CONTINUE",
                        "notes",
                        "Noor geniet ervan",
                        "endTrialEarly",
                        true))));
        assertThat(active.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(active.get("activeSince").asString()).isEqualTo(today.toString());
        assertThat(active.get("nextEvaluationDue").asString())
                .isEqualTo(today.plusMonths(6).toString());
        assertThat(active.get("evaluations")).hasSize(1);

        // A contact moment.
        JsonNode contacted = created(http.post(
                hoogeveen.base() + "/matches/" + id(match) + "/contacts",
                hoogeveen.coordinator(),
                Http.json(Map.of("withWhom", "BOTH", "notes", "Loopt goed"))));
        assertThat(contacted.get("contacts")).hasSize(1);
        assertThat(contacted.get("contacts").get(0).get("heldOn").asString()).isEqualTo(today.toString());

        // Closing with "goal reached" and an outcome.
        JsonNode closed = ok(http.post(
                hoogeveen.base() + "/matches/" + id(match) + "/close",
                hoogeveen.coordinator(),
                Http.json(Map.of(
                        "reason", "GOAL_REACHED",
                        "outcomeNotes", "Moeder heeft weer lucht",
                        "version", version(contacted)))));
        assertThat(closed.get("status").asString()).isEqualTo("ENDED");
        assertThat(closed.get("endedOn").asString()).isEqualTo(today.toString());
        assertThat(closed.get("closeReason").asString()).isEqualTo("GOAL_REACHED");
        assertThat(closed.get("nextEvaluationDue").isNull()).isTrue();
        assertThat(familyStatus(http, hoogeveen, family)).isEqualTo("CLOSED");

        JsonNode outcome = created(http.post(
                hoogeveen.base() + "/families/" + id(family) + "/outcomes",
                hoogeveen.coordinator(),
                Http.json(Map.of(
                        "moment",
                        "CLOSING",
                        "matchId",
                        id(match).toString(),
                        "parentingStrain",
                        2,
                        "familyRest",
                        4,
                        "ownNetwork",
                        3,
                        "childWellbeing",
                        4,
                        "satisfaction",
                        5,
                        "droppedOut",
                        false,
                        "goalReachedWithoutHelp",
                        true,
                        "heavierCareNeeded",
                        false))));
        assertThat(outcome.get("measuredOn").asString()).isEqualTo(today.toString());

        assertThat(http.post(
                                hoogeveen.base() + "/families/" + id(family) + "/notes",
                                hoogeveen.coordinator(),
                                Http.json(Map.of("text", "Moeder belde: alles goed")))
                        .status())
                .isEqualTo(201);

        // The family's timeline tells the story, newest first.
        JsonNode timeline =
                ok(http.get(hoogeveen.base() + "/families/" + id(family) + "/timeline", hoogeveen.coordinator()));
        List<String> kinds = new ArrayList<>();
        timeline.get("content").forEach(e -> kinds.add(e.get("kind").asString()));
        assertThat(kinds.get(0)).isEqualTo("NOTE");
        assertThat(timeline.get("content").get(0).get("summary").asString()).isEqualTo("Moeder belde: alles goed");
        assertThat(kinds.get(1)).isEqualTo("OUTCOME");
        assertThat(kinds)
                .contains(
                        "REGISTERED",
                        "INTAKE",
                        "STATUS_CHANGED",
                        "MATCH_PROPOSED",
                        "TRIAL_STARTED",
                        "EVALUATION",
                        "CONTACT",
                        "MATCH_CLOSED");
    }

    private static String familyStatus(Http http, CaseWork municipality, JsonNode family) {
        return ok(http.get(municipality.base() + "/families/" + id(family), municipality.coordinator()))
                .get("status")
                .asString();
    }
}
