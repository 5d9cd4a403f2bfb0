package nl.naober.referral;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.CaseWork.version;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * Issue 16, a trial that is not continued has a reason: a trial evaluation deciding END names it (400 on
 * {@code endReason} without), the match keeps it and the timeline shows it; "the support family stops" stops the
 * support family as a closing for that reason does.
 */
@NaoberIntegrationTest
class TrialEndReasonsApiTest {

    static final Set<String> THURSDAY = Set.of("THURSDAY_AFTERNOON");

    @LocalServerPort
    int port;

    Http http;
    CaseWork hoogeveen;

    @BeforeEach
    void municipality() {
        http = new Http(port);
        hoogeveen = new CaseWork(http, "hoogeveen");
    }

    @Test
    void endingATrialNeedsAReasonThatTheMatchKeepsAndTheTimelineShows() {
        JsonNode trial = trial("Proef Reden");
        String evaluations = hoogeveen.base() + "/matches/" + id(trial) + "/evaluations";

        Http.Response bare =
                http.post(evaluations, hoogeveen.coordinator(), Http.json(Map.of("kind", "TRIAL", "decision", "END")));
        assertThat(bare.status()).as(bare.body()).isEqualTo(400);
        assertThat(bare.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bare.json().get("errors").get(0).get("field").asString()).isEqualTo("endReason");
        assertThat(bare.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Kies waarom de proefperiode niet wordt voortgezet.");
        assertThat(match(trial).get("status").asString()).as("nothing recorded").isEqualTo("TRIAL");

        JsonNode ended = created(http.post(
                evaluations,
                hoogeveen.coordinator(),
                Http.json(Map.of(
                        "kind", "TRIAL", "decision", "END", "endReason", "PRACTICAL_REASONS", "notes", "Reistijd"))));
        assertThat(ended.get("status").asString()).isEqualTo("ENDED");
        assertThat(ended.get("closeReason").asString()).isEqualTo("TRIAL_NOT_CONTINUED");
        assertThat(ended.get("trialEndReason").asString()).isEqualTo("PRACTICAL_REASONS");
        assertThat(ended.get("outcomeNotes").asString()).isEqualTo("Reistijd");
        assertThat(match(trial).get("trialEndReason").asString()).isEqualTo("PRACTICAL_REASONS");
        assertThat(timeline(trial)).contains("EVALUATION|TRIAL:END:PRACTICAL_REASONS");

        // The reason comes with the evaluation: the ended match is not closed a second time.
        Http.Response close = http.post(
                hoogeveen.base() + "/matches/" + id(trial) + "/close",
                hoogeveen.coordinator(),
                Http.json(Map.of("reason", "MISMATCH", "version", version(ended))));
        assertThat(close.status()).as(close.body()).isEqualTo(409);

        Http.Response unknown = http.post(
                evaluations,
                hoogeveen.coordinator(),
                Http.json(Map.of("kind", "TRIAL", "decision", "END", "endReason", "MISMATCH")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("message").asString())
                .contains("NO_CLICK, CHILD_NOT_AT_EASE, FAMILY_STOPPED, SUPPORT_FAMILY_STOPPED");
    }

    @Test
    void aTrialEndedBecauseTheSupportFamilyStopsStopsTheSupportFamily() {
        JsonNode trial = trial("Proef Steungezin");
        JsonNode ended = created(http.post(
                hoogeveen.base() + "/matches/" + id(trial) + "/evaluations",
                hoogeveen.coordinator(),
                Http.json(Map.of("kind", "TRIAL", "decision", "END", "endReason", "SUPPORT_FAMILY_STOPPED"))));
        assertThat(ended.get("trialEndReason").asString()).isEqualTo("SUPPORT_FAMILY_STOPPED");
        JsonNode supportFamily = ok(http.get(
                hoogeveen.base() + "/support-families/"
                        + trial.get("supportFamilyId").asString(),
                hoogeveen.coordinator()));
        assertThat(supportFamily.get("status").asString()).isEqualTo("STOPPED");
        JsonNode family = ok(
                http.get(hoogeveen.base() + "/families/" + trial.get("familyId").asString(), hoogeveen.coordinator()));
        assertThat(family.get("status").asString())
                .as("the family waits for another support family")
                .isEqualTo("WAITING");
    }

    @Test
    void anotherMunicipalityAPolicyOfficerAndAnAnonymousCallerCannotEndTheTrial() {
        JsonNode trial = trial("Proef Afgeschermd");
        String evaluations = hoogeveen.base() + "/matches/" + id(trial) + "/evaluations";
        String body = Http.json(Map.of("kind", "TRIAL", "decision", "END", "endReason", "NO_CLICK"));
        assertThat(http.post(evaluations, basic("coordinator.meppel"), body).status())
                .isEqualTo(404);
        assertThat(http.post(evaluations, basic("policy.hoogeveen"), body).status())
                .isEqualTo(403);
        assertThat(http.post(evaluations, null, body).status()).isEqualTo(401);
        assertThat(match(trial).get("status").asString()).isEqualTo("TRIAL");
    }

    private JsonNode trial(String name) {
        JsonNode family = hoogeveen.waitingFamily(
                name + " " + System.nanoTime(),
                THURSDAY,
                List.of(child("Noor", LocalDate.now().minusYears(5))));
        JsonNode supportFamily = hoogeveen.makeAvailable(hoogeveen.registerSupportFamily(
                name + " Steun " + System.nanoTime(), 52.72, 6.47, THURSDAY, 2, Set.of()));
        JsonNode match = hoogeveen.propose(family, supportFamily, THURSDAY);
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("version", version(match));
        return ok(http.post(
                hoogeveen.base() + "/matches/" + id(match) + "/trial", hoogeveen.coordinator(), Http.json(start)));
    }

    private JsonNode match(JsonNode match) {
        return ok(http.get(hoogeveen.base() + "/matches/" + id(match), hoogeveen.coordinator()));
    }

    private List<String> timeline(JsonNode match) {
        JsonNode page = ok(http.get(
                hoogeveen.base() + "/families/" + match.get("familyId").asString() + "/timeline",
                hoogeveen.coordinator()));
        List<String> lines = new ArrayList<>();
        page.get("content")
                .forEach(e -> lines.add(
                        e.get("kind").asString() + "|" + e.get("summary").asString()));
        return lines;
    }
}
