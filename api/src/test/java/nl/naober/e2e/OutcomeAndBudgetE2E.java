package nl.naober.e2e;

import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.naober.monitoring.CaseFigures;
import nl.naober.monitoring.CaseMonitoring;
import nl.naober.monitoring.MonitoringPeriod;
import nl.naober.support.Browser;
import nl.naober.support.CaseWork;
import nl.naober.support.CbsCodes;
import nl.naober.support.Http;
import nl.naober.support.Sql;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, outcome and budget: amounts typed the Dutch way ("85.000,00") on the budget tab, the 0–5 outcome
 * measure recorded on the intake, evaluation and closing forms and counted by monitoring, and expenditures with a
 * category recorded on the budget tab. Screenshots {@code outcome-*} in {@code target/screenshots}.
 */
@LocalScreensE2ETest
class OutcomeAndBudgetE2E {

    @LocalServerPort
    int port;

    @Autowired
    CaseMonitoring monitoring;

    private LocalScreens screens;
    private final String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @AfterEach
    void close() {
        if (screens != null) {
            screens.close();
        }
    }

    @Test
    void aBudgetLineTakesDutchNotationAndAMalformedAmountIsRefusedInDutchKeepingWhatWasTyped() {
        String code = onboard();
        screens = LocalScreens.open(port);
        screens.logIn("admin.buurtgezinnen");
        screens.go("/beheer/gemeenten/" + code + "#budget");

        fillBudgetLine("Ruim een ton " + suffix, "85,000");
        assertThat(screens.browser().text()).contains("Vul een bedrag in zoals 85.000,00.");
        assertThat(screens.browser().find(By.id("budget-amount")).getDomProperty("value"))
                .isEqualTo("85,000");
        screens.check("outcome-01-budget-fout", null, "Vul een bedrag in zoals 85.000,00.");

        fillBudgetLine("Ruim een ton " + suffix, "85.000,00");
        screens.check("outcome-02-budget-regel", null, "Ruim een ton " + suffix);
        // Selenium's text turns the non-breaking space after the euro sign into a plain one
        assertThat(screens.browser().text()).contains("€ 85.000,00");
        assertThat(Sql.strings(
                        "SELECT amount::text FROM platform.budget_line WHERE municipality_code = ? AND name = ?",
                        code,
                        "Ruim een ton " + suffix))
                .containsExactly("85000.00");
    }

    @Test
    void anExpenditureWithACategoryIsRecordedOnTheBudgetTabListedAndTotalled() {
        String code = onboard();
        Browser admin = Browser.loggedIn(port, "admin.buurtgezinnen");
        admin.post(
                "/beheer/gemeenten/" + code + "/budget",
                List.of(
                        Map.entry("name", "Begroting " + suffix),
                        Map.entry("periodStart", "2026-01-01"),
                        Map.entry("periodEnd", "2027-12-31"),
                        Map.entry("amount", "50.000")));
        screens = LocalScreens.open(port);
        screens.logIn("admin.buurtgezinnen");
        screens.go("/beheer/gemeenten/" + code + "#uitgaven");

        fillExpenditure("2026-03-01", "VOLUNTEER_ALLOWANCES", "1.250,50", "Onkostenvergoeding maart");
        screens.check("outcome-10-uitgave", null, "De uitgave is vastgelegd.");
        fillExpenditure("2026-03-15", "VOLUNTEER_ALLOWANCES", "749,50", "Onkostenvergoeding half maart");
        fillExpenditure("2026-03-20", "ACTIVITIES", "12,5x", "Uitje");
        assertThat(screens.browser().text()).contains("Vul een bedrag in zoals 85.000,00.");
        assertThat(screens.browser().find(By.id("expenditure-amount")).getDomProperty("value"))
                .isEqualTo("12,5x");
        screens.check("outcome-11-uitgave-fout", null, "Vul een bedrag in zoals 85.000,00.");

        screens.checkWideAndNarrow(
                "outcome-12-uitgaven", "/beheer/gemeenten/" + code + "#uitgaven", "Onkostenvergoeding maart");
        String expenditures = screens.browser().find(By.id("uitgaven")).getText();
        assertThat(expenditures)
                .contains("1-3-2026")
                .contains("Onkostenvergoeding voor steungezinnen")
                .contains("€ 1.250,50")
                .contains("€ 2.000,00"); // the category's total
        assertThat(Sql.strings(
                        "SELECT e.amount::text || ' ' || e.category FROM platform.budget_expenditure e"
                                + " JOIN platform.budget_line l ON l.id = e.budget_line_id"
                                + " WHERE l.municipality_code = ? ORDER BY e.spent_on",
                        code))
                .containsExactly("1250.50 VOLUNTEER_ALLOWANCES", "749.50 VOLUNTEER_ALLOWANCES");
    }

    @Test
    void theOutcomeMeasureIsRecordedAtIntakeEvaluationAndClosingOnTheScreensAndCountedInMonitoring() {
        Http http = new Http(port);
        CaseWork work = new CaseWork(http, "hoogeveen");
        LocalDate today = LocalDate.now();
        MonitoringPeriod period = new MonitoringPeriod(today, today);
        int pairsBefore = figures(period).outcomes().parentingStrain().families();
        int droppedOutAnsweredBefore = Sql.count(
                "SELECT count(*) FROM t_hoogeveen.outcome_measurement WHERE moment = 'CLOSING' AND dropped_out IS NOT NULL");

        JsonNode family = work.registerFamily(
                "Uitkomst " + suffix,
                52.7233,
                6.4764,
                Set.of("WEDNESDAY_AFTERNOON"),
                List.of(CaseWork.child("Sam", today.minusYears(6))));
        UUID familyId = id(family);

        screens = LocalScreens.open(port);
        screens.logIn("coordinator.hoogeveen");
        screens.go("/gezinnen/" + familyId + "#kennismakingen");
        screens.browser()
                .find(By.cssSelector("#kennismakingen details summary"))
                .click();
        select("intake-outcome", "SUITABLE");
        choose("intake-measure-parentingStrain-4");
        choose("intake-measure-familyRest-1");
        choose("intake-measure-ownNetwork-2");
        choose("intake-measure-childWellbeing-3");
        screens.check("outcome-20-intake-meting", null, "Opvoedbelasting");
        submit("#kennismakingen form");
        screens.check("outcome-21-intake-vastgelegd", null, "De kennismaking is vastgelegd.");

        List<JsonNode> outcomes = outcomes(http, work, familyId);
        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0).get("moment").asString()).isEqualTo("INTAKE");
        assertThat(outcomes.get(0).get("parentingStrain").asInt()).isEqualTo(4);
        assertThat(outcomes.get(0).get("familyRest").asInt()).isEqualTo(1);

        UUID matchId = activeMatch(http, work, familyId);
        // checked wide and on a phone first: the narrow check opens the page again, which clears the choices
        screens.checkWideAndNarrow("outcome-22-evaluatie-meting", "/koppelingen/" + matchId, "Uitkomstmeting");
        choose("eval-measure-parentingStrain-3");
        choose("eval-measure-childWellbeing-4");
        submit("form[action$='/evaluaties']");
        screens.check("outcome-23-evaluatie-vastgelegd", null, "De evaluatie is vastgelegd.");
        assertThat(outcomes(http, work, familyId)).anySatisfy(o -> {
            assertThat(o.get("moment").asString()).isEqualTo("EVALUATION");
            assertThat(o.get("matchId").asString()).isEqualTo(matchId.toString());
            assertThat(o.get("parentingStrain").asInt()).isEqualTo(3);
        });

        select("close-reason", "GOAL_REACHED");
        choose("close-measure-parentingStrain-2");
        choose("close-measure-familyRest-4");
        choose("close-measure-satisfaction-5");
        choose("close-measure-droppedOut-false");
        choose("close-measure-goalReachedWithoutHelp-true");
        screens.check("outcome-24-afsluiten-meting", null, "Tevredenheid");
        submit("form[action$='/afsluiten']");
        // closing cannot be undone: it asks first, and the measure travels with the "yes"
        screens.browser()
                .clickAndWait(
                        screens.browser().find(By.xpath("//button[normalize-space()='Ja, koppeling afsluiten']")));
        screens.check("outcome-25-afgesloten", null, "De koppeling is afgesloten.");

        assertThat(outcomes(http, work, familyId)).anySatisfy(o -> {
            assertThat(o.get("moment").asString()).isEqualTo("CLOSING");
            assertThat(o.get("parentingStrain").asInt()).isEqualTo(2);
            assertThat(o.get("satisfaction").asInt()).isEqualTo(5);
            assertThat(o.get("droppedOut").asBoolean()).isFalse();
            assertThat(o.get("goalReachedWithoutHelp").asBoolean()).isTrue();
        });
        // What monitoring counts: one more family with parenting strain at intake and at closing, and one more
        // closing that answered the drop-out question.
        assertThat(figures(period).outcomes().parentingStrain().families()).isEqualTo(pairsBefore + 1);
        assertThat(Sql.count("SELECT count(*) FROM t_hoogeveen.outcome_measurement"
                        + " WHERE moment = 'CLOSING' AND dropped_out IS NOT NULL"))
                .isEqualTo(droppedOutAnsweredBefore + 1);
    }

    /** Waiting, a support family proposed, the trial started and continued through the API: ACTIVE. */
    private UUID activeMatch(Http http, CaseWork work, UUID familyId) {
        JsonNode family = ok(http.get(work.base() + "/families/" + familyId, work.coordinator()));
        ok(http.post(
                work.base() + "/families/" + familyId + "/status",
                work.coordinator(),
                Http.json(Map.of(
                        "target", "WAITING", "version", family.get("version").asLong()))));
        family = ok(http.get(work.base() + "/families/" + familyId, work.coordinator()));
        JsonNode supportFamily = work.makeAvailable(work.registerSupportFamily(
                "Steungezin " + suffix, 52.72, 6.47, Set.of("WEDNESDAY_AFTERNOON"), 1, Set.of()));
        JsonNode match = work.propose(family, supportFamily, Set.of("WEDNESDAY_AFTERNOON"));
        UUID matchId = id(match);
        match = ok(http.post(
                work.base() + "/matches/" + matchId + "/trial",
                work.coordinator(),
                Http.json(Map.of("version", match.get("version").asLong()))));
        created(http.post(
                work.base() + "/matches/" + matchId + "/evaluations",
                work.coordinator(),
                Http.json(Map.of("kind", "TRIAL", "decision", "CONTINUE", "endTrialEarly", true))));
        return matchId;
    }

    private static List<JsonNode> outcomes(Http http, CaseWork work, UUID familyId) {
        JsonNode list = ok(http.get(work.base() + "/families/" + familyId + "/outcomes", work.coordinator()));
        List<JsonNode> all = new java.util.ArrayList<>();
        list.forEach(all::add);
        return all;
    }

    private CaseFigures figures(MonitoringPeriod period) {
        return TenantContext.call(Tenant.of("hoogeveen"), () -> monitoring.figures(period, LocalDate.now()));
    }

    private void fillBudgetLine(String name, String amount) {
        type("budget-name", name);
        setDate("budget-periodStart", "2026-01-01");
        setDate("budget-periodEnd", "2027-12-31");
        type("budget-amount", amount);
        submit("form[action$='/budget']");
    }

    private void fillExpenditure(String date, String category, String amount, String description) {
        setDate("expenditure-date", date);
        select("expenditure-category", category);
        type("expenditure-amount", amount);
        type("expenditure-description", description);
        submit("form[action$='/uitgaven']");
    }

    private void type(String id, String text) {
        WebElement field = screens.browser().find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A date input takes its value in the browser's own notation; set the ISO value the form sends instead. */
    private void setDate(String id, String iso) {
        screens.browser().script("document.getElementById('" + id + "').value = '" + iso + "'; return null;");
    }

    private void select(String id, String value) {
        screens.browser()
                .find(By.cssSelector("#" + id + " option[value='" + value + "']"))
                .click();
    }

    private void choose(String id) {
        WebElement radio = screens.browser().find(By.id(id));
        screens.browser()
                .script("document.getElementById('" + id + "').scrollIntoView({block: 'center'}); return null;");
        screens.browser().find(By.cssSelector("label[for='" + id + "']")).click();
        assertThat(radio.isSelected()).as(id).isTrue();
    }

    private void submit(String formSelector) {
        screens.browser().clickAndWait(screens.browser().find(By.cssSelector(formSelector + " button[type=submit]")));
    }

    /** A municipality of this test's own, onboarded through the wizard, so no demo budget is touched. */
    private String onboard() {
        String code = "uk-" + suffix + Long.toString(System.nanoTime() % 1000, 36);
        Browser admin = Browser.loggedIn(port, "admin.buurtgezinnen");
        HttpResponse<String> result = admin.post(
                "/beheer/gemeenten/nieuw",
                List.of(
                        Map.entry("code", code),
                        Map.entry("name", "Uitkomstgemeente " + code),
                        Map.entry("cbsCode", CbsCodes.free()),
                        Map.entry("programmeStart", "2026-01-01")));
        assertThat(result.uri().getPath()).isEqualTo("/beheer/gemeenten/" + code + "/inrichting");
        return code;
    }
}
