package nl.naober.dates;

import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.CaseWork.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.naober.account.LocalAccounts;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16, every event on its real date, through the REST API of a municipality of its own: each command that
 * records what happened takes the day it happened (a support family's registration, status changes of both
 * families, a reopening, a proposal, a cancellation), the family's status follows a match on the match event's own
 * day, a VOG is judged on the day of the event, and a date out of order is a 400 that names the field, what it
 * conflicts with and that date. The VOGs here were issued in 2021: valid then, expired today.
 */
@NaoberIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventDatesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityProvisioning provisioning;

    @Autowired
    LocalAccounts accounts;

    DatedCaseWork work;

    @BeforeAll
    void onboard() {
        work = DatedCaseWork.onboard(new Http(port), provisioning, accounts, "datums");
    }

    @Test
    void aSupportFamilyRegistersOnItsOwnDayAndBecomesAvailableWithTheVogValidOnThatDay() {
        JsonNode registered = work.supportFamily("Datum Steungezin Een", "2021-05-01");
        assertThat(registered.get("registrationDate").asString()).isEqualTo("2021-05-01");
        assertThat(registered.get("statusChangedOn").asString()).isEqualTo("2021-05-01");

        JsonNode screened = work.screenSupportFamily(registered, "2021-05-10", "2021-05-20");
        assertThat(screened.get("status").asString()).isEqualTo("SCREENING");
        assertThat(screened.get("statusChangedOn").asString()).isEqualTo("2021-05-20");

        // the VOG has expired by now, but was valid on 2021-06-01
        JsonNode available = ok(work.supportFamilyStatus(registered, "AVAILABLE", "2021-06-01"));
        assertThat(available.get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(available.get("statusChangedOn").asString()).isEqualTo("2021-06-01");

        JsonNode timeline = work.get("/support-families/" + id(registered) + "/timeline");
        JsonNode newest = timeline.get("content").get(0);
        assertThat(newest.get("summary").asString()).isEqualTo("SCREENING→AVAILABLE");
        assertThat(newest.get("happenedOn").asString()).isEqualTo("2021-06-01");
        assertThat(newest.get("occurredAt").asString())
                .startsWith(LocalDate.now().toString().substring(0, 4));
        JsonNode oldest = timeline.get("content").get(timeline.get("content").size() - 1);
        assertThat(oldest.get("kind").asString()).isEqualTo("REGISTERED");
        assertThat(oldest.get("happenedOn").asString()).isEqualTo("2021-05-01");
    }

    @Test
    void aVogIssuedAfterTheDayDoesNotCountOnThatDay() {
        JsonNode registered = work.supportFamily("Datum Steungezin Twee", "2021-05-01");
        work.screenSupportFamily(registered, "2021-05-10", "2021-05-03");

        Http.Response early = work.supportFamilyStatus(registered, "AVAILABLE", "2021-05-05");

        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(rules(early)).contains("rule.vog-missing");
    }

    @Test
    void familyStatusChangesAndAReopeningKeepTheirDaysOnTheFamilyAndItsTimeline() {
        JsonNode family = work.family("Datum Gezin Een", "2021-06-01");
        JsonNode intake = work.familyIntake(family, "2021-06-10");
        assertThat(intake.get("status").asString()).isEqualTo("INTAKE");
        assertThat(intake.get("statusChangedOn").asString()).isEqualTo("2021-06-10");

        assertThat(work.familyStatus(family, "WAITING", "2021-06-20")
                        .get("statusChangedOn")
                        .asString())
                .isEqualTo("2021-06-20");
        assertThat(work.familyStatus(family, "WITHDRAWN", "2021-07-01")
                        .get("statusChangedOn")
                        .asString())
                .isEqualTo("2021-07-01");

        JsonNode reopened = ok(work.post(
                "/families/" + id(family) + "/reopen",
                Map.of(
                        "reason",
                        "Per ongeluk teruggetrokken",
                        "version",
                        version(work.current(family)),
                        "reopenedOn",
                        "2021-07-15")));
        assertThat(reopened.get("status").asString()).isEqualTo("WAITING");
        assertThat(reopened.get("statusChangedOn").asString()).isEqualTo("2021-07-15");

        List<String> days = new ArrayList<>();
        work.get("/families/" + id(family) + "/timeline")
                .get("content")
                .forEach(item -> days.add(item.get("kind").asString() + " "
                        + item.get("happenedOn").asString()));
        // newest first by the day it happened
        assertThat(days)
                .containsSubsequence(
                        "STATUS_CHANGED 2021-07-15",
                        "STATUS_CHANGED 2021-07-01",
                        "STATUS_CHANGED 2021-06-20",
                        "STATUS_CHANGED 2021-06-10",
                        "INTAKE 2021-06-10",
                        "REGISTERED 2021-06-01");
    }

    @Test
    void aMatchTakesItsDaysAndTheFamilyFollowsItOnThoseDays() {
        JsonNode supportFamily = work.availableSupportFamily(
                "Datum Steungezin Drie", "2021-05-01", "2021-05-10", "2021-05-20", "2021-06-01");
        JsonNode family = work.waitingFamily("Datum Gezin Twee", "2021-06-01", "2021-06-10", "2021-06-20");

        // proposed in 2021 with the VOG valid then (expired today)
        JsonNode first = work.propose(family, supportFamily, "2021-07-01");
        assertThat(first.get("proposedOn").asString()).isEqualTo("2021-07-01");
        work.startTrial(first, "2021-07-10");
        assertThat(status(family)).isEqualTo("MATCHED 2021-07-10");
        JsonNode ended = work.evaluate(first, "END", "2021-08-20");
        assertThat(ended.get("endedOn").asString()).isEqualTo("2021-08-20");
        assertThat(status(family)).isEqualTo("WAITING 2021-08-20");

        JsonNode second = work.propose(family, supportFamily, "2021-09-01");
        JsonNode cancelled = work.cancel(second, "2021-09-03");
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("endedOn").asString()).isEqualTo("2021-09-03");

        JsonNode third = work.propose(family, supportFamily, "2021-09-10");
        JsonNode trial = work.startTrial(third, "2021-09-15");
        // the trial's length (a network setting) counts from the start date, not from today
        assertThat(LocalDate.parse(trial.get("trialPlannedEnd").asString()))
                .isAfter(LocalDate.parse("2021-09-15"))
                .isBefore(LocalDate.parse("2022-09-15"));
        JsonNode active = work.evaluate(third, "CONTINUE", "2021-11-10");
        assertThat(active.get("activeSince").asString()).isEqualTo("2021-11-10");
        assertThat(LocalDate.parse(active.get("nextEvaluationDue").asString()))
                .isAfter(LocalDate.parse("2021-11-10"))
                .isBefore(LocalDate.parse("2022-12-01"));
        work.close(third, "GOAL_REACHED", "2022-06-30");
        assertThat(status(family)).isEqualTo("CLOSED 2022-06-30");

        List<String> matchDays = new ArrayList<>();
        work.get("/matches/" + id(first) + "/timeline")
                .get("content")
                .forEach(item -> matchDays.add(item.get("kind").asString() + " "
                        + item.get("happenedOn").asString()));
        assertThat(matchDays)
                .containsSubsequence(
                        "EVALUATION 2021-08-20",
                        "STATUS_CHANGED 2021-08-20",
                        "TRIAL_STARTED 2021-07-10",
                        "STATUS_CHANGED 2021-07-10",
                        "MATCH_PROPOSED 2021-07-01");
    }

    @Test
    void aCancellationWithOnlyTheVersionIsTodays() {
        JsonNode supportFamily = work.availableSupportFamily(
                "Datum Steungezin Vier",
                LocalDate.now().minusDays(40).toString(),
                LocalDate.now().minusDays(30).toString(),
                LocalDate.now().minusDays(20).toString(),
                null);
        JsonNode family = work.waitingFamily(
                "Datum Gezin Drie",
                LocalDate.now().minusDays(10).toString(),
                LocalDate.now().minusDays(5).toString(),
                LocalDate.now().toString());
        JsonNode proposal = work.propose(family, supportFamily, null);
        assertThat(proposal.get("proposedOn").asString())
                .isEqualTo(LocalDate.now().toString());

        JsonNode cancelled =
                ok(work.post("/matches/" + id(proposal) + "/cancel", Map.of("version", version(proposal))));

        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("endedOn").asString())
                .isEqualTo(LocalDate.now().toString());
    }

    @Test
    void datesOutOfOrderAreBadRequestsNamingTheFieldWhatItConflictsWithAndThatDate() {
        JsonNode family = work.family("Datum Gezin Vier", "2021-06-01");
        assertDateError(
                work.post("/families/" + id(family) + "/intakes", DatedCaseWork.intake("2021-05-20")),
                "visitDate",
                "registrationDate",
                "2021-06-01",
                "Deze datum ligt vóór de aanmelding (01-06-2021).");
        work.familyIntake(family, "2021-06-10");
        work.familyStatus(family, "WAITING", "2021-06-20");
        assertDateError(
                work.post(
                        "/families/" + id(family) + "/status",
                        Map.of(
                                "target",
                                "WITHDRAWN",
                                "reason",
                                "NO_LONGER_NEEDED",
                                "version",
                                version(work.current(family)),
                                "changedOn",
                                "2021-06-15")),
                "changedOn",
                "statusChangedOn",
                "2021-06-20",
                "Deze datum ligt vóór de vorige statuswijziging (20-06-2021).");

        JsonNode supportFamily = work.availableSupportFamily(
                "Datum Steungezin Vijf", "2021-05-01", "2021-05-10", "2021-05-20", "2021-06-01");
        family = work.current(family);
        assertDateError(
                work.proposal(family, supportFamily, "2021-05-25"),
                "proposedOn",
                "family.registrationDate",
                "2021-06-01",
                "Deze datum ligt vóór de aanmelding van het gezin (01-06-2021).");
        assertDateError(
                work.proposal(family, supportFamily, "2021-06-10"),
                "proposedOn",
                "family.statusChangedOn",
                "2021-06-20",
                "Deze datum ligt vóór de vorige statuswijziging van het gezin (20-06-2021).");
        Http.Response future =
                work.proposal(family, supportFamily, LocalDate.now().plusDays(1).toString());
        assertThat(future.status()).as(future.body()).isEqualTo(400);
        assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("proposedOn");

        JsonNode match = work.propose(family, supportFamily, "2021-07-01");
        assertDateError(
                work.trialStart(match, "2021-06-25"),
                "startDate",
                "proposedOn",
                "2021-07-01",
                "Deze datum ligt vóór het voorstel van de koppeling (01-07-2021).");
        work.startTrial(match, "2021-07-05");
        assertDateError(
                work.post(
                        "/matches/" + id(match) + "/evaluations",
                        Map.of("kind", "TRIAL", "heldOn", "2021-07-01", "decision", "CONTINUE")),
                "heldOn",
                "trialStart",
                "2021-07-05",
                "Deze datum ligt vóór de start van de proefperiode (05-07-2021).");
        work.evaluate(match, "CONTINUE", "2021-09-01");
        Http.Response english = work.http.send(work.http
                .request(work.base + "/matches/" + id(match) + "/close", work.coordinator)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Http.json(Map.of(
                        "endedOn", "2021-08-01", "reason", "GOAL_REACHED", "version", version(work.match(match)))))));
        assertDateError(
                english,
                "endedOn",
                "activeSince",
                "2021-09-01",
                "This date lies before the decision to continue (2021-09-01).");
    }

    @Test
    void aCancellationBeforeTheProposalAndAnIntakeBeforeTheRegistrationAreRefused() {
        JsonNode supportFamily = work.supportFamily("Datum Steungezin Zes", "2021-05-01");
        assertDateError(
                work.post("/support-families/" + id(supportFamily) + "/intakes", DatedCaseWork.intake("2021-04-20")),
                "visitDate",
                "registrationDate",
                "2021-05-01",
                "Deze datum ligt vóór de aanmelding (01-05-2021).");
        assertDateError(
                work.supportFamilyStatus(supportFamily, "SCREENING", "2021-04-30"),
                "changedOn",
                "registrationDate",
                "2021-05-01",
                "Deze datum ligt vóór de aanmelding (01-05-2021).");

        JsonNode available = work.availableSupportFamily(
                "Datum Steungezin Zeven", "2021-05-01", "2021-05-10", "2021-05-20", "2021-06-01");
        JsonNode family = work.waitingFamily("Datum Gezin Vijf", "2021-06-01", "2021-06-10", "2021-06-20");
        JsonNode match = work.propose(family, available, "2021-07-01");
        assertDateError(
                work.post(
                        "/matches/" + id(match) + "/cancel",
                        Map.of("version", version(match), "cancelledOn", "2021-06-30")),
                "cancelledOn",
                "proposedOn",
                "2021-07-01",
                "Deze datum ligt vóór het voorstel van de koppeling (01-07-2021).");
        Http.Response future = work.post(
                "/support-families",
                Map.of(
                        "householdName",
                        "Datum Toekomst",
                        "postcode",
                        "7942 AB",
                        "capacity",
                        1,
                        "registrationDate",
                        LocalDate.now().plusDays(1).toString()));
        assertThat(future.status()).as(future.body()).isEqualTo(400);
        assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("registrationDate");
    }

    private String status(JsonNode family) {
        JsonNode current = work.current(family);
        return current.get("status").asString() + " "
                + current.get("statusChangedOn").asString();
    }

    private static List<String> rules(Http.Response response) {
        List<String> rules = new ArrayList<>();
        response.json().get("rules").forEach(r -> rules.add(r.get("rule").asString()));
        return rules;
    }

    private static void assertDateError(
            Http.Response response, String field, String conflictsWith, String date, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("conflictsWith").asString()).isEqualTo(conflictsWith);
        assertThat(error.get("conflictingDate").asString()).isEqualTo(date);
        assertThat(error.get("message").asString()).isEqualTo(message);
    }
}
