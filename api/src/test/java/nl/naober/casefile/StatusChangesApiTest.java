package nl.naober.casefile;

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
 * Issue 15, status changes that cannot be undone by accident, through the REST API: declining or withdrawing needs a
 * reason (400 with a field error otherwise), the reason is kept and on the timeline, a family declined by mistake is
 * reopened where it was, and "Doorgaan" before the trial's planned end ends the trial only when asked to.
 */
@NaoberIntegrationTest
class StatusChangesApiTest {

    static final Set<String> TUESDAY = Set.of("TUESDAY_AFTERNOON");

    @LocalServerPort
    int port;

    Http http;
    CaseWork meppel;

    @BeforeEach
    void municipality() {
        http = new Http(port);
        meppel = new CaseWork(http, "meppel");
    }

    @Test
    void decliningWithoutAReasonIsABadRequestNamingTheField() {
        JsonNode family = waitingFamily("Status Reden");
        String status = meppel.base() + "/families/" + id(family) + "/status";

        Http.Response bare = http.post(
                status, meppel.coordinator(), Http.json(Map.of("target", "DECLINED", "version", version(family))));
        assertThat(bare.status()).as(bare.body()).isEqualTo(400);
        assertThat(bare.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bare.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(bare.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Kies de reden van afwijzen of terugtrekken.");

        Http.Response unfitting = http.post(
                status,
                meppel.coordinator(),
                Http.json(Map.of("target", "DECLINED", "version", version(family), "reason", "MOVED")));
        assertThat(unfitting.status()).as("a withdrawal's reason for a decline").isEqualTo(400);
        assertThat(unfitting.json().get("errors").get(0).get("field").asString())
                .isEqualTo("reason");
        assertThat(get(family).get("status").asString()).isEqualTo("WAITING");

        JsonNode declined = ok(http.post(
                status,
                meppel.coordinator(),
                Http.json(Map.of(
                        "target",
                        "DECLINED",
                        "version",
                        version(family),
                        "reason",
                        "NOT_IN_TARGET_GROUP",
                        "explanation",
                        "Hulpvraag past bij het wijkteam"))));
        assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
        assertThat(declined.get("leaveReason").asString()).isEqualTo("NOT_IN_TARGET_GROUP");
        assertThat(declined.get("leaveExplanation").asString()).isEqualTo("Hulpvraag past bij het wijkteam");
        assertThat(declined.get("reopensTo").asString()).isEqualTo("WAITING");
        assertThat(timeline(family))
                .contains(
                        "LEAVE_REASON|NOT_IN_TARGET_GROUP:Hulpvraag past bij het wijkteam",
                        "STATUS_CHANGED|WAITING→DECLINED");
    }

    @Test
    void aWithdrawalNeedsItsReasonTooAndAFamilyReopensWhereItWas() {
        JsonNode family = waitingFamily("Status Heropenen");
        String path = meppel.base() + "/families/" + id(family);
        assertThat(http.post(
                                path + "/status",
                                meppel.coordinator(),
                                Http.json(Map.of("target", "WITHDRAWN", "version", version(family))))
                        .status())
                .isEqualTo(400);
        JsonNode withdrawn = ok(http.post(
                path + "/status",
                meppel.coordinator(),
                Http.json(Map.of("target", "WITHDRAWN", "version", version(family), "reason", "OTHER_HELP_FOUND"))));
        assertThat(withdrawn.get("leaveReason").asString()).isEqualTo("OTHER_HELP_FOUND");

        Http.Response noReason =
                http.post(path + "/reopen", meppel.coordinator(), Http.json(Map.of("version", version(withdrawn))));
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        JsonNode reopened = ok(http.post(
                path + "/reopen",
                meppel.coordinator(),
                Http.json(Map.of("version", version(withdrawn), "reason", "Per ongeluk teruggetrokken"))));
        assertThat(reopened.get("status").asString()).isEqualTo("WAITING");
        assertThat(reopened.get("leaveReason").isNull()).isTrue();
        assertThat(reopened.get("reopensTo").isNull()).isTrue();
        assertThat(reopened.get("allowedTransitions").toString()).contains("WITHDRAWN", "DECLINED");
        assertThat(timeline(family))
                .contains("REOPENED|Per ongeluk teruggetrokken", "STATUS_CHANGED|WITHDRAWN→WAITING");

        Http.Response again = http.post(
                path + "/reopen",
                meppel.coordinator(),
                Http.json(Map.of("version", version(reopened), "reason", "Nog een keer")));
        assertThat(again.status()).as("an open family has nothing to reopen").isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/transition-not-allowed");
    }

    @Test
    void reopeningIsRefusedToOtherMunicipalitiesPolicyOfficersAndAnonymousCallers() {
        JsonNode family = waitingFamily("Status Afgeschermd");
        String path = meppel.base() + "/families/" + id(family);
        JsonNode declined = ok(http.post(
                path + "/status",
                meppel.coordinator(),
                Http.json(Map.of("target", "DECLINED", "version", version(family), "reason", "NO_CONTACT"))));
        String body = Http.json(Map.of("version", version(declined), "reason", "Vergissing"));

        assertThat(http.post(path + "/reopen", basic("coordinator.hoogeveen"), body)
                        .status())
                .as("another municipality's coordinator")
                .isEqualTo(404);
        assertThat(http.post(
                                "/api/v1/municipalities/hoogeveen/families/" + id(family) + "/reopen",
                                basic("coordinator.hoogeveen"),
                                body)
                        .status())
                .as("the family under another municipality's path")
                .isEqualTo(404);
        assertThat(http.post(path + "/reopen", basic("policy.meppel"), body).status())
                .as("a policy officer")
                .isEqualTo(403);
        assertThat(http.post(path + "/reopen", null, body).status())
                .as("anonymous")
                .isEqualTo(401);
        assertThat(get(family).get("status").asString()).isEqualTo("DECLINED");
    }

    @Test
    void continuingBeforeTheTrialsPlannedEndEndsTheTrialOnlyWhenAskedTo() {
        JsonNode trial = trialStartedToday("Status Proef");
        String evaluations = meppel.base() + "/matches/" + id(trial) + "/evaluations";

        JsonNode recorded = created(http.post(
                evaluations, meppel.coordinator(), Http.json(Map.of("kind", "TRIAL", "decision", "CONTINUE"))));
        assertThat(recorded.get("status").asString())
                .as("a first good evaluation does not end an 8-week trial")
                .isEqualTo("TRIAL");
        assertThat(recorded.get("evaluations")).hasSize(1);
        assertThat(recorded.get("trialPlannedEnd").asString())
                .isEqualTo(trial.get("trialPlannedEnd").asString());

        JsonNode ended = created(http.post(
                evaluations,
                meppel.coordinator(),
                Http.json(Map.of("kind", "TRIAL", "decision", "CONTINUE", "endTrialEarly", true))));
        assertThat(ended.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(ended.get("activeSince").asString())
                .isEqualTo(LocalDate.now().toString());
    }

    private JsonNode waitingFamily(String name) {
        return meppel.waitingFamily(
                name + " " + System.nanoTime(),
                TUESDAY,
                List.of(child("Jesse", LocalDate.now().minusYears(6))));
    }

    private JsonNode trialStartedToday(String name) {
        JsonNode family = waitingFamily(name);
        JsonNode supportFamily = meppel.makeAvailable(
                meppel.registerSupportFamily(name + " Steun " + System.nanoTime(), 52.69, 6.19, TUESDAY, 2, Set.of()));
        JsonNode match = meppel.propose(family, supportFamily, TUESDAY);
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("version", version(match));
        return ok(
                http.post(meppel.base() + "/matches/" + id(match) + "/trial", meppel.coordinator(), Http.json(start)));
    }

    private JsonNode get(JsonNode family) {
        return ok(http.get(meppel.base() + "/families/" + id(family), meppel.coordinator()));
    }

    private List<String> timeline(JsonNode family) {
        JsonNode page = ok(http.get(meppel.base() + "/families/" + id(family) + "/timeline", meppel.coordinator()));
        List<String> lines = new ArrayList<>();
        page.get("content")
                .forEach(e -> lines.add(
                        e.get("kind").asString() + "|" + e.get("summary").asString()));
        return lines;
    }
}
