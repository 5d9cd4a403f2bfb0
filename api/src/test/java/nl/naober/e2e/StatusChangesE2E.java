package nl.naober.e2e;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.CaseWork.version;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.naober.support.CaseWork;
import nl.naober.support.CbsCodes;
import nl.naober.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, status changes that cannot be undone by accident, as a coordinator of Meppel and the Buurtgezinnen
 * network admin see them in Chromium: "Aanmelding afwijzen", "Aanmelding teruggetrokken", "Koppeling afsluiten" and
 * "Opschorten" no longer act on one click but ask first, name the consequence and want a reason, which then shows on
 * the timeline; a declined family can be reopened; "Doorgaan" before the trial's planned end asks whether the trial
 * ends early. Screenshots {@code status-*}, at 1280 and 390 px.
 */
@LocalScreensE2ETest
class StatusChangesE2E {

    static final Set<String> THURSDAY = Set.of("THURSDAY_AFTERNOON");
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    @LocalServerPort
    int port;

    Http http;
    CaseWork meppel;
    LocalScreens screens;

    @BeforeEach
    void open() {
        http = new Http(port);
        meppel = new CaseWork(http, "meppel");
        screens = LocalScreens.open(port);
    }

    @AfterEach
    void close() {
        screens.close();
    }

    @Test
    void decliningAsksForTheReasonShowsItOnTheTimelineAndCanBeReopened() {
        JsonNode family = meppel.waitingFamily(
                "Status Afwijzen " + System.nanoTime(),
                THURSDAY,
                List.of(child("Ravi", LocalDate.now().minusYears(4))));
        String page = "/gezinnen/" + id(family);
        screens.logIn("coordinator.meppel");
        screens.go(page);

        click("Aanmelding afwijzen");
        assertThat(status(family)).as("one click no longer declines").isEqualTo("WAITING");
        assertThat(screens.browser().path()).isEqualTo(page + "/status/DECLINED");
        screens.checkWideAndNarrow(
                "status-01-afwijzen-vraag",
                null,
                "Het gezin gaat van ‘Wachtend’ naar ‘Afgewezen’. Het staat dan niet meer op de wachtlijst");

        click("Ja, aanmelding afwijzen");
        screens.check("status-02-afwijzen-zonder-reden", null, "Kies de reden van afwijzen of terugtrekken.");
        assertThat(status(family)).as("no reason, no change").isEqualTo("WAITING");

        screens.browser().find(By.id("leave-reason-NOT_IN_TARGET_GROUP")).click();
        screens.browser().find(By.id("leave-explanation")).sendKeys("Hulpvraag past bij het wijkteam");
        click("Ja, aanmelding afwijzen");
        assertThat(status(family)).isEqualTo("DECLINED");
        screens.checkWideAndNarrow(
                "status-03-afgewezen-met-reden",
                null,
                "Reden: Past niet bij de doelgroep – Hulpvraag past bij het wijkteam");
        assertThat(timelineText()).contains("Status: Wachtend → Afgewezen");

        click("Heropenen");
        assertThat(status(family)).as("one click does not reopen either").isEqualTo("DECLINED");
        screens.checkWideAndNarrow(
                "status-04-heropenen-vraag", null, "Het gezin gaat van ‘Afgewezen’ terug naar ‘Wachtend’");
        click("Ja, heropenen");
        screens.check("status-05-heropenen-zonder-reden", null, "Schrijf op waarom je het gezin heropent.");
        screens.browser().find(By.id("reopen-reason")).sendKeys("Per ongeluk afgewezen");
        click("Ja, heropenen");
        assertThat(status(family)).isEqualTo("WAITING");
        screens.check("status-06-heropend", null, "Het gezin is heropend.");
        assertThat(timelineText())
                .contains("Heropend, reden: Per ongeluk afgewezen")
                .contains("Status: Afgewezen → Wachtend");

        click("Aanmelding teruggetrokken");
        assertThat(status(family)).as("one click no longer withdraws").isEqualTo("WAITING");
        screens.check("status-07-terugtrekken-vraag", null, "Waarom trekt het gezin zich terug?");
        assertThat(screens.browser().text()).contains("Wachttijd te lang").doesNotContain("Past niet bij de doelgroep");
    }

    @Test
    void doorgaanBeforeThePlannedEndAsksAndClosingAMatchAsksFirst() {
        JsonNode trial = trialStartedToday("Status Proef");
        String page = "/koppelingen/" + id(trial);
        String plannedEnd =
                LONG_DATE.format(LocalDate.parse(trial.get("trialPlannedEnd").asString()));
        screens.logIn("coordinator.meppel");
        screens.go(page);
        screens.checkWideAndNarrow(
                "status-10-proef-vraag",
                null,
                "De proefperiode loopt tot " + plannedEnd + ". Wil je de proefperiode nu al afronden?");

        screens.browser().find(By.id("eval-decision-CONTINUE")).click();
        click("Evaluatie vastleggen");
        assertThat(match(trial).get("status").asString())
                .as("Doorgaan without 'yes' keeps the trial running")
                .isEqualTo("TRIAL");
        assertThat(match(trial).get("evaluations")).hasSize(1);
        assertThat(timelineText()).contains("Doorgaan, de proefperiode loopt door");

        new Select(screens.browser().find(By.id("close-reason"))).selectByValue("GOAL_REACHED");
        click("Koppeling afsluiten");
        assertThat(match(trial).get("status").asString())
                .as("one click no longer closes")
                .isEqualTo("TRIAL");
        checkHereWideAndNarrow("status-11-afsluiten-vraag", "met als reden ‘Doel bereikt’");
        assertThat(screens.browser().text())
                .contains("wordt daarmee afgesloten")
                .contains("Dit kun je niet ongedaan maken.");

        click("Ja, koppeling afsluiten");
        assertThat(match(trial).get("status").asString()).isEqualTo("ENDED");
        screens.check("status-12-afgesloten", null, "Koppeling afgesloten: Doel bereikt");
    }

    @Test
    void suspendingAMunicipalityAsksWhyAndShowsTheReason() {
        String code = "opschort-" + Long.toString(System.nanoTime(), 36);
        Map<String, Object> onboarding = new LinkedHashMap<>();
        onboarding.put("code", code);
        onboarding.put("name", "Proef " + code);
        onboarding.put("cbsCode", CbsCodes.free());
        onboarding.put("programmeStart", "2026-01-01");
        Http.Response onboarded =
                http.post("/api/v1/admin/municipalities", basic("admin.buurtgezinnen"), Http.json(onboarding));
        assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);

        screens.logIn("admin.buurtgezinnen");
        screens.go("/beheer/gemeenten/" + code);
        click("Opschorten");
        assertThat(municipalityStatus(code)).as("one click no longer suspends").isEqualTo("ACTIVE");
        screens.checkWideAndNarrow("status-20-opschorten-vraag", null, "kan dan nog inloggen");

        click("Ja, opschorten");
        screens.check("status-21-opschorten-zonder-reden", null, "Schrijf op waarom je de gemeente opschort.");
        assertThat(municipalityStatus(code)).isEqualTo("ACTIVE");

        screens.browser().find(By.id("suspend-reason")).sendKeys("Contract loopt af op 31 december");
        click("Ja, opschorten");
        assertThat(municipalityStatus(code)).isEqualTo("SUSPENDED");
        screens.checkWideAndNarrow("status-22-opgeschort", null, "Opgeschort (Contract loopt af op 31 december)");
    }

    @Test
    void thePolicyOfficerSeesDeclinesAndWithdrawalsByReason() {
        JsonNode family = meppel.waitingFamily(
                "Status Monitoring " + System.nanoTime(),
                THURSDAY,
                List.of(child("Mats", LocalDate.now().minusYears(3))));
        ok(http.post(
                meppel.base() + "/families/" + id(family) + "/status",
                meppel.coordinator(),
                Http.json(Map.of("target", "DECLINED", "version", version(family), "reason", "OUTSIDE_MUNICIPALITY"))));

        screens.logIn("policy.meppel");
        screens.check("status-30-monitoring-redenen", "/monitoring", "Redenen van afwijzing en terugtrekking");
        String table = screens.browser()
                .find(By.id("tabel-redenen-afwijzing-terugtrekking"))
                .getText();
        assertThat(table).contains("Woont buiten de gemeente", "Afgewezen", "Teruggetrokken", "Totaal");
        assertThat(table).doesNotContain("Status Monitoring");
        screens.browser().resize(LocalScreens.PHONE_WIDTH, 844);
        try {
            screens.check(
                    "status-31-monitoring-redenen-telefoon", "/monitoring", "Redenen van afwijzing en terugtrekking");
        } finally {
            screens.browser().resize(LocalScreens.DESKTOP_WIDTH, 900);
        }
    }

    private JsonNode trialStartedToday(String name) {
        JsonNode family = meppel.waitingFamily(
                name + " " + System.nanoTime(),
                THURSDAY,
                List.of(child("Noor", LocalDate.now().minusYears(5))));
        JsonNode supportFamily = meppel.makeAvailable(
                meppel.registerSupportFamily(name + " Steun " + System.nanoTime(), 52.69, 6.19, THURSDAY, 2, Set.of()));
        JsonNode match = meppel.propose(family, supportFamily, THURSDAY);
        return ok(http.post(
                meppel.base() + "/matches/" + id(match) + "/trial",
                meppel.coordinator(),
                Http.json(Map.of("version", version(match)))));
    }

    /** The page reached by a POST cannot be opened again; it is checked where it is, wide and then narrow. */
    private void checkHereWideAndNarrow(String name, String text) {
        screens.check(name, null, text);
        screens.browser().resize(LocalScreens.PHONE_WIDTH, 844);
        try {
            screens.check(name + "-telefoon", null, text);
            assertThat(screens.horizontalOverflow())
                    .as(name + " fits a phone's width")
                    .isLessThanOrEqualTo(0);
        } finally {
            screens.browser().resize(LocalScreens.DESKTOP_WIDTH, 900);
        }
    }

    private void click(String text) {
        screens.browser()
                .clickAndWait(screens.browser()
                        .find(By.xpath("//main//*[(self::a or self::button) and normalize-space()='" + text + "']")));
    }

    private String timelineText() {
        return screens.browser()
                .find(By.id("tijdlijn"))
                .findElement(By.xpath(".."))
                .getText();
    }

    private String status(JsonNode family) {
        return ok(http.get(meppel.base() + "/families/" + id(family), meppel.coordinator()))
                .get("status")
                .asString();
    }

    private JsonNode match(JsonNode match) {
        return ok(http.get(meppel.base() + "/matches/" + id(match), meppel.coordinator()));
    }

    private String municipalityStatus(String code) {
        return ok(http.get("/api/v1/admin/municipalities/" + code, basic("admin.buurtgezinnen")))
                .get("status")
                .asString();
    }
}
