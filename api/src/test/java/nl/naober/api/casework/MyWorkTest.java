package nl.naober.api.casework;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.CaseWork.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** "Mijn werk" lists what a coordinator must act on, and forgets it once done. */
@NaoberIntegrationTest
class MyWorkTest {

    static final Set<String> FRIDAY = Set.of("FRIDAY_AFTERNOON");

    @LocalServerPort
    int port;

    @Test
    void aTrialEndingSoonAWaitingFamilyAndADueFollowUpAppearAndTheFollowUpGoesWhenMeasured() {
        Http http = new Http(port);
        CaseWork emmen = new CaseWork(http, "emmen");
        String run = Long.toString(System.nanoTime(), 36);
        JsonNode waiting = emmen.waitingFamily(
                "Wacht " + run, FRIDAY, List.of(child("Sam", LocalDate.now().minusYears(6))));
        JsonNode supportFamily =
                emmen.makeAvailable(emmen.registerSupportFamily("Nameting " + run, 52.78, 6.9, FRIDAY, 2, Set.of()));
        JsonNode family = emmen.waitingFamily(
                "Klaar " + run, FRIDAY, List.of(child("Fem", LocalDate.now().minusYears(7))));
        JsonNode match = emmen.propose(family, supportFamily, FRIDAY);
        JsonNode trial = ok(http.post(
                emmen.base() + "/matches/" + id(match) + "/trial",
                emmen.coordinator(),
                Http.json(Map.of("startDate", LocalDate.now().minusWeeks(7).toString(), "version", version(match)))));

        JsonNode work = ok(http.get(emmen.base() + "/my-work?scope=ALL", emmen.coordinator()));
        assertThat(work.get("trialsEnding").toString()).contains(id(match).toString());
        assertThat(work.get("waitingLongest").toString()).contains(id(waiting).toString());
        JsonNode mine = ok(http.get(emmen.base() + "/my-work", emmen.coordinator()));
        assertThat(mine.get("waitingLongest").toString())
                .as("registered by this coordinator")
                .contains(id(waiting).toString());

        JsonNode active = created(http.post(
                emmen.base() + "/matches/" + id(match) + "/evaluations",
                emmen.coordinator(),
                Http.json(Map.of("kind", "TRIAL", "decision", "CONTINUE", "endTrialEarly", true))));
        ok(http.post(
                emmen.base() + "/matches/" + id(match) + "/close",
                emmen.coordinator(),
                Http.json(Map.of(
                        "reason", "GOAL_REACHED",
                        "endedOn", LocalDate.now().minusMonths(12).toString(),
                        "version", version(active)))));
        assertThat(ok(http.get(emmen.base() + "/my-work?scope=ALL", emmen.coordinator()))
                        .get("followUpsDue")
                        .toString())
                .contains(id(match).toString());

        created(http.post(
                emmen.base() + "/families/" + id(family) + "/outcomes",
                emmen.coordinator(),
                Http.json(Map.of("moment", "FOLLOW_UP", "parentingStrain", 2, "heavierCareNeeded", false))));
        assertThat(ok(http.get(emmen.base() + "/my-work?scope=ALL", emmen.coordinator()))
                        .get("followUpsDue")
                        .toString())
                .doesNotContain(id(match).toString());
        assertThat(trial.get("trialPlannedEnd").asString())
                .isEqualTo(LocalDate.now().minusWeeks(7).plusWeeks(8).toString());
    }
}
