package nl.naober.dates;

import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.naober.account.LocalAccounts;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.support.Browser;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16, every event on its real date, also on the one-click buttons (real HTTP, no browser): the status buttons
 * of a family and of a support family take a "Datum" beside them (today filled in, so a change of today stays one
 * click); a day in the past lands on the timeline as the day it happened; a future or impossible day comes back with
 * its Dutch message at the field (and the page's problem box links to it), nothing stored. The proposal on the
 * suggestions page, the cancellation of a proposal and the trial start show an impossible day at their own field too.
 */
@NaoberIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusDatesScreensTest {

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityProvisioning provisioning;

    @Autowired
    LocalAccounts accounts;

    DatedCaseWork work;
    Browser coordinator;

    @BeforeAll
    void onboard() {
        work = DatedCaseWork.onboard(new Http(port), provisioning, accounts, "statusdatum");
        coordinator = Browser.loggedIn(port, "coordinator." + work.code);
    }

    @Test
    void theFamilyStatusButtonTakesItsDayAndRefusesAFutureOneAtTheField() {
        JsonNode family = work.family("Knop Gezin Wachtlijst", "2021-05-01");
        work.familyIntake(family, "2021-05-10");
        String page = "/gezinnen/" + id(family);
        assertThat(coordinator.get(page).body())
                .as("the date beside the buttons, today filled in and the latest day allowed")
                .contains("id=\"status-changedOn\"")
                .contains("value=\"" + today() + "\"")
                .contains("max=\"" + today() + "\"");

        HttpResponse<String> future = coordinator.post(page + "/status", status(family, "WAITING", tomorrow()));
        assertThat(future.statusCode()).isEqualTo(200);
        assertThat(future.uri().getPath()).isEqualTo(page);
        assertRefusedAtTheField(future.body(), "status-changedOn", "Deze datum ligt in de toekomst", tomorrow());
        assertThat(work.current(family).get("status").asString()).isEqualTo("INTAKE");

        HttpResponse<String> early = coordinator.post(page + "/status", status(family, "WAITING", "2021-05-05"));
        assertRefusedAtTheField(
                early.body(), "status-changedOn", "Deze datum ligt vóór de vorige statuswijziging (10-05-2021).", null);
        assertThat(work.current(family).get("status").asString()).isEqualTo("INTAKE");

        HttpResponse<String> waiting = coordinator.post(page + "/status", status(family, "WAITING", "2021-05-20"));
        assertThat(waiting.statusCode()).isEqualTo(200);
        assertThat(waiting.body())
                .contains("<time datetime=\"2021-05-20\">20-05-2021</time>")
                .contains(" · vastgelegd ")
                .doesNotContain("aria-invalid=\"true\"");
        JsonNode stored = work.current(family);
        assertThat(stored.get("status").asString()).isEqualTo("WAITING");
        assertThat(stored.get("statusChangedOn").asString()).isEqualTo("2021-05-20");
    }

    @Test
    void aStatusButtonLeftAtTodayStaysOneClick() {
        JsonNode family = work.family("Knop Gezin Vandaag", "2021-05-01");
        work.familyIntake(family, "2021-05-10");
        HttpResponse<String> waiting = coordinator.post(
                "/gezinnen/" + id(family) + "/status",
                List.of(
                        Map.entry("target", "WAITING"),
                        Map.entry("version", String.valueOf(version(work.current(family)))),
                        Map.entry("changedOn", today())));
        assertThat(waiting.statusCode()).isEqualTo(200);
        assertThat(work.current(family).get("statusChangedOn").asString()).isEqualTo(today());
    }

    @Test
    void theSupportFamilyStatusButtonsTakeTheirDayAndRefuseAFutureOneAtTheField() {
        JsonNode supportFamily = work.availableSupportFamily(
                "Knop Steungezin Pauze", "2024-01-10", "2024-01-15", "2024-01-20", "2024-02-01");
        String page = "/steungezinnen/" + id(supportFamily);
        assertThat(coordinator.get(page).body())
                .contains("id=\"status-changedOn\"")
                .contains("max=\"" + today() + "\"");

        HttpResponse<String> future =
                coordinator.post(page + "/status", supportStatus(supportFamily, "PAUSED", tomorrow()));
        assertThat(future.statusCode()).isEqualTo(200);
        assertThat(future.uri().getPath()).isEqualTo(page);
        assertRefusedAtTheField(future.body(), "status-changedOn", "Deze datum ligt in de toekomst", tomorrow());
        assertThat(supportStatus(supportFamily)).isEqualTo("AVAILABLE");

        HttpResponse<String> paused =
                coordinator.post(page + "/status", supportStatus(supportFamily, "PAUSED", "2024-03-01"));
        assertThat(paused.statusCode()).isEqualTo(200);
        assertThat(paused.body())
                .contains("<time datetime=\"2024-03-01\">01-03-2024</time>")
                .contains(" · vastgelegd ");
        assertThat(supportStatus(supportFamily)).isEqualTo("PAUSED");

        HttpResponse<String> again =
                coordinator.post(page + "/status", supportStatus(supportFamily, "AVAILABLE", "2024-04-01"));
        assertThat(again.body()).contains("<time datetime=\"2024-04-01\">01-04-2024</time>");
        assertThat(supportStatus(supportFamily)).isEqualTo("AVAILABLE");
    }

    @Test
    void anImpossibleProposalDayShowsAtItsFieldOnTheSuggestionsPage() {
        JsonNode supportFamily = work.availableSupportFamily(
                "Knop Steungezin Voorstel", "2024-05-01", "2024-05-10", "2024-05-20", "2024-06-01");
        JsonNode family = work.waitingFamily("Knop Gezin Voorstel", "2024-06-01", "2024-06-10", "2024-06-20");
        String page = "/gezinnen/" + id(family) + "/suggesties";
        HttpResponse<String> early = coordinator.post(
                page,
                List.of(
                        Map.entry("supportFamilyId", id(supportFamily).toString()),
                        Map.entry(
                                "childIds",
                                family.get("children").get(0).get("id").asString()),
                        Map.entry("dayParts", "WEDNESDAY_AFTERNOON"),
                        Map.entry("proposedOn", "2024-06-15")));
        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(early.uri().getPath()).isEqualTo(page);
        String body = early.body();
        int field = body.indexOf("value=\"" + id(supportFamily) + "\"");
        assertThat(field).as("the proposal form of that support family").isPositive();
        int end = body.indexOf("-proposedOn\"", field);
        String fieldId = body.substring(body.lastIndexOf('"', end) + 1, end) + "-proposedOn";
        assertThat(fieldId).startsWith("sugg-");
        assertRefusedAtTheField(
                body,
                fieldId,
                "Deze datum ligt vóór de vorige statuswijziging van het gezin (20-06-2024).",
                "2024-06-15");
        assertThat(work.get("/matches?size=100").toString())
                .doesNotContain(id(supportFamily).toString());
    }

    @Test
    void anImpossibleCancellationDayShowsAtItsField() {
        JsonNode supportFamily = work.availableSupportFamily(
                "Knop Steungezin Annuleren", "2024-05-01", "2024-05-10", "2024-05-20", "2024-06-01");
        JsonNode family = work.waitingFamily("Knop Gezin Annuleren", "2024-06-01", "2024-06-10", "2024-06-20");
        JsonNode match = work.propose(family, supportFamily, "2024-07-01");
        String page = "/koppelingen/" + id(match);
        HttpResponse<String> early = coordinator.post(
                page + "/annuleren",
                List.of(Map.entry("version", String.valueOf(version(match))), Map.entry("cancelledOn", "2024-06-25")));
        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(early.uri().getPath()).isEqualTo(page);
        assertRefusedAtTheField(
                early.body(),
                "cancel-cancelledOn",
                "Deze datum ligt vóór het voorstel van de koppeling (01-07-2024).",
                "2024-06-25");
        assertThat(work.match(match).get("status").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void anImpossibleTrialStartDayShowsAtItsField() {
        JsonNode supportFamily = work.availableSupportFamily(
                "Knop Steungezin Proef", "2024-05-01", "2024-05-10", "2024-05-20", "2024-06-01");
        JsonNode family = work.waitingFamily("Knop Gezin Proef", "2024-06-01", "2024-06-10", "2024-06-20");
        JsonNode match = work.propose(family, supportFamily, "2024-07-01");
        String page = "/koppelingen/" + id(match);
        HttpResponse<String> trial = coordinator.post(
                page + "/proefperiode",
                List.of(Map.entry("version", String.valueOf(version(match))), Map.entry("startDate", "2024-06-28")));
        assertRefusedAtTheField(
                trial.body(),
                "trial-startDate",
                "Deze datum ligt vóór het voorstel van de koppeling (01-07-2024).",
                "2024-06-28");
        assertThat(work.match(match).get("status").asString()).isEqualTo("PROPOSED");
    }

    /** The message at the field (described by it, marked invalid, what was typed kept) and linked from the top. */
    private static void assertRefusedAtTheField(String body, String fieldId, String message, String typed) {
        int error = body.indexOf("id=\"" + fieldId + "-error\"");
        assertThat(error).as("an error text at " + fieldId).isPositive();
        assertThat(body.substring(error, body.indexOf("</p>", error))).contains(message);
        int input = body.indexOf("id=\"" + fieldId + "\"");
        String tag = body.substring(body.lastIndexOf('<', input), body.indexOf('>', input) + 1);
        assertThat(tag).contains("aria-invalid=\"true\"").contains("aria-describedby=\"" + fieldId + "-error\"");
        if (typed != null) {
            assertThat(tag).contains("value=\"" + typed + "\"");
        }
        int problems = body.indexOf("id=\"problemen\"");
        assertThat(problems).as("the page's problem box").isPositive();
        assertThat(body.substring(problems, body.indexOf("</div>", problems)))
                .contains("href=\"#" + fieldId + "\"")
                .contains(message);
    }

    private List<Map.Entry<String, String>> status(JsonNode family, String target, String on) {
        return List.of(
                Map.entry("target", target),
                Map.entry("version", String.valueOf(version(work.current(family)))),
                Map.entry("changedOn", on));
    }

    private List<Map.Entry<String, String>> supportStatus(JsonNode supportFamily, String target, String on) {
        return List.of(
                Map.entry("target", target),
                Map.entry("version", String.valueOf(version(work.get("/support-families/" + id(supportFamily))))),
                Map.entry("changedOn", on));
    }

    private String supportStatus(JsonNode supportFamily) {
        return work.get("/support-families/" + id(supportFamily)).get("status").asString();
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
    }

    private static String tomorrow() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();
    }
}
