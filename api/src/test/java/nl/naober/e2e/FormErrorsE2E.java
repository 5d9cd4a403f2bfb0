package nl.naober.e2e;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Errors a person can see (issue 15) in Chromium: a form far down a long page that is not accepted comes back on the
 * page's own address at that form, with the focus on its error summary in view and what was typed kept; reloading
 * shows the page again (no 405, no "Whitelabel Error Page"); a page that does not exist, one of another role and a
 * stale edit are Dutch pages in the user's layout with a way back. Each under the CSP with axe-core clean, at 1280
 * and 390 px; screenshots {@code errors-*}.
 */
@LocalScreensE2ETest
class FormErrorsE2E {

    /** Whether the focus is on the error summary inside the element with this id, and that summary is in view. */
    /** Waits until the form's error summary has the focus and is in view; says where focus and summary are if not. */
    private static void awaitSummaryFocusedInView(Chromium browser, String form, String what) {
        try {
            browser.waitUntil(
                    what, Duration.ofSeconds(5), () -> Boolean.TRUE.equals(browser.script(summaryFocusedInView(form))));
        } catch (org.openqa.selenium.TimeoutException notSo) {
            Object state = browser.script("var a = document.activeElement;"
                    + " var s = document.querySelector('#" + form + " .error-summary');"
                    + " return 'focus on ' + (a ? a.tagName + '.' + a.className + '#' + a.id : 'nothing')"
                    + " + ', summary ' + (s ? 'at top ' + s.getBoundingClientRect().top : 'missing')"
                    + " + ', window height ' + window.innerHeight + ', scrolled ' + window.scrollY;");
            throw new AssertionError(what + ": " + state, notSo);
        }
    }

    private static String summaryFocusedInView(String id) {
        return "var a = document.activeElement;"
                + " if (!a || !a.classList.contains('error-summary') || !a.closest('#" + id + "')) { return false; }"
                + " var r = a.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;";
    }

    @LocalServerPort
    int port;

    private LocalScreens screens;
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void close() {
        if (screens != null) {
            screens.close();
        }
    }

    @Test
    void anInvalidSignalFarDownAMatchPageComesBackAtItsFormWithTheFocusOnItsErrors() {
        String match = matchInTrial();
        screens = LocalScreens.open(port);
        screens.logIn("coordinator.hoogeveen");
        Chromium browser = screens.browser();

        for (int width : List.of(LocalScreens.DESKTOP_WIDTH, LocalScreens.PHONE_WIDTH)) {
            browser.resize(width, width == LocalScreens.PHONE_WIDTH ? 844 : 900);
            screens.go(match);
            long formTop = ((Number)
                            browser.script("return document.getElementById('signaal').getBoundingClientRect().top;"))
                    .longValue();
            assertThat(formTop).as("the signal form is far down the page").isGreaterThan(900);
            browser.find(By.id("signal-notes")).sendKeys("Getypt signaal " + suffix);
            browser.clickAndWait(browser.find(By.cssSelector("#signaal button[type=submit]")));

            assertThat(browser.path()).as("the page's own address").isEqualTo(match);
            assertThat(browser.url()).endsWith("#signaal");
            awaitSummaryFocusedInView(
                    browser,
                    "signaal",
                    "the signal form's error summary has the focus and is in view at " + width + " px");
            assertThat(browser.find(By.id("signal-notes")).getAttribute("value"))
                    .isEqualTo("Getypt signaal " + suffix);
            assertThat(browser.find(By.id("signal-kind")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            screens.check("errors-01-signaal-" + width, null, "Er is iets niet goed ingevuld");
            assertThat(screens.horizontalOverflow()).isLessThanOrEqualTo(0);

            reload(browser);
            assertThat(browser.path()).as("reloaded: the same page").isEqualTo(match);
            assertThat(browser.text())
                    .contains("Signaal")
                    .doesNotContain("Whitelabel")
                    .doesNotContain("Deze pagina kun je niet zo openen")
                    .doesNotContain("Er is iets niet goed ingevuld");
        }

        screens.go(match + "/signalen");
        assertThat(browser.path())
                .as("a GET on the form's address leads to its page")
                .isEqualTo(match);
        screens.check("errors-02-post-adres-herladen", null, "Signaal");
    }

    @Test
    void aStaleCloseIsRefusedAtTheCloseForm() {
        String match = matchInTrial();
        screens = LocalScreens.open(port);
        screens.logIn("coordinator.hoogeveen");
        Chromium browser = screens.browser();
        screens.go(match);
        browser.script("document.querySelector('#afsluiten input[name=version]').value = '0'; return null;");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("close-reason"))).selectByIndex(1);
        browser.find(By.id("close-outcomeNotes")).sendKeys("Afgerond " + suffix);
        browser.clickAndWait(browser.find(By.cssSelector("#afsluiten button[type=submit]")));
        // closing asks first (it cannot be undone); the stale version travels with the "yes"
        browser.clickAndWait(browser.find(By.xpath("//button[normalize-space()='Ja, koppeling afsluiten']")));

        assertThat(browser.path()).isEqualTo(match);
        awaitSummaryFocusedInView(browser, "afsluiten", "the close form's error summary has the focus and is in view");
        assertThat(browser.find(By.id("close-outcomeNotes")).getAttribute("value"))
                .isEqualTo("Afgerond " + suffix);
        screens.check("errors-03-afsluiten-verouderd", null, "Iemand anders heeft dit intussen gewijzigd.");
    }

    @Test
    void anInvalidBudgetLineComesBackAtTheBudgetTab() {
        screens = LocalScreens.open(port);
        screens.logIn("admin.buurtgezinnen");
        Chromium browser = screens.browser();
        screens.go("/beheer/gemeenten/de-wolden");
        browser.find(By.id("budget-name")).sendKeys("Foute regel " + suffix);
        browser.find(By.id("budget-amount")).sendKeys("veel");
        browser.clickAndWait(browser.find(By.cssSelector("#budget button[type=submit]")));

        assertThat(browser.path()).isEqualTo("/beheer/gemeenten/de-wolden");
        assertThat(browser.url()).endsWith("#budget");
        awaitSummaryFocusedInView(browser, "budget", "the budget form's error summary has the focus and is in view");
        assertThat(browser.find(By.id("budget-name")).getAttribute("value")).isEqualTo("Foute regel " + suffix);
        assertThat(browser.find(By.id("budget-amount")).getAttribute("value")).isEqualTo("veel");
        screens.check("errors-04-begrotingsregel", null, "Er is iets niet goed ingevuld");

        reload(browser);
        assertThat(browser.path()).isEqualTo("/beheer/gemeenten/de-wolden");
        assertThat(browser.text()).doesNotContain("Whitelabel").doesNotContain("Er is iets niet goed ingevuld");
    }

    @Test
    void errorPagesAreDutchInTheUsersLayoutWithAWayBack() {
        screens = LocalScreens.open(port);
        screens.logIn("coordinator.hoogeveen");
        screens.checkWideAndNarrow("errors-10-niet-gevonden", "/bestaat-niet-" + suffix, "Deze pagina bestaat niet");
        assertThat(screens.browser().text()).contains("Terug naar Mijn werk").doesNotContain("Whitelabel");
        screens.browser().clickAndWait(screens.browser().find(By.linkText("Terug naar Mijn werk")));
        assertThat(screens.browser().path()).isEqualTo("/werk");

        screens.checkWideAndNarrow(
                "errors-11-koppeling-niet-gevonden", "/koppelingen/" + UUID.randomUUID(), "Niet gevonden");

        screens.checkWideAndNarrow("errors-12-geen-toegang", "/beheer", "Geen toegang");
        assertThat(screens.browser().text()).contains("Terug naar Mijn werk");
        screens.close();

        screens = LocalScreens.open(port);
        screens.logIn("policy.meppel");
        screens.checkWideAndNarrow("errors-13-geen-toegang-beleid", "/gezinnen", "Geen toegang");
        assertThat(screens.browser().text()).contains("Terug naar de monitoring");
    }

    @Test
    void aStaleEditIsA409PageInTheLayoutWithTheConflictInFocus() {
        CaseWork hoogeveen = new CaseWork(new Http(port), "hoogeveen");
        JsonNode family = hoogeveen.waitingFamily(
                "Bewerkt Gezin " + suffix,
                Set.of("WEDNESDAY_AFTERNOON"),
                List.of(child("Noor", LocalDate.now().minusYears(5))));
        screens = LocalScreens.open(port);
        screens.logIn("coordinator.hoogeveen");
        Chromium browser = screens.browser();
        screens.go("/gezinnen/" + id(family) + "/bewerken");
        browser.script("document.querySelector('input[name=version]').value = '0'; return null;");
        browser.clickAndWait(browser.find(By.cssSelector("main form button[type=submit]")));

        browser.waitUntil(
                "the conflict box has the focus",
                Duration.ofSeconds(5),
                () -> Boolean.TRUE.equals(
                        browser.script("return document.activeElement && document.activeElement.id === 'conflict';")));
        screens.check("errors-14-verouderd-bewerken", null, "Intussen door iemand anders gewijzigd");
    }

    /** As the browser's reload button: the same address again from the server (opening it would only scroll). */
    private static void reload(Chromium browser) {
        org.openqa.selenium.WebElement html = browser.find(By.tagName("html"));
        browser.script("window.location.reload(); return null;");
        browser.waitUntil("the page reloaded", Duration.ofSeconds(20), () -> {
            try {
                html.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        browser.waitUntil(
                "the reloaded page loaded",
                Duration.ofSeconds(20),
                () -> "complete".equals(browser.script("return document.readyState;")));
    }

    /** A waiting family and an available support family in Hoogeveen, matched and in their trial period. */
    private String matchInTrial() {
        Http http = new Http(port);
        CaseWork hoogeveen = new CaseWork(http, "hoogeveen");
        Set<String> wednesday = Set.of("WEDNESDAY_AFTERNOON");
        JsonNode family = hoogeveen.waitingFamily(
                "Foutgezin " + suffix,
                wednesday,
                List.of(child("Sem", LocalDate.now().minusYears(7))));
        JsonNode supportFamily = hoogeveen.makeAvailable(
                hoogeveen.registerSupportFamily("Foutsteun " + suffix, 52.7233, 6.4764, wednesday, 2, Set.of()));
        JsonNode match = hoogeveen.propose(family, supportFamily, wednesday);
        ok(http.post(
                hoogeveen.base() + "/matches/" + id(match) + "/trial",
                hoogeveen.coordinator(),
                Http.json(Map.of("version", match.get("version").asLong()))));
        return "/koppelingen/" + id(match);
    }
}
