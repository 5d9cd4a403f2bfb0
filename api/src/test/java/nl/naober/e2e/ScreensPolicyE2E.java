package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.naober.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The screens under their Content-Security-Policy in real headless Chromium, in local mode (the login form of
 * {@code /login}; the Keycloak login is {@link ScreensE2E}'s): on every main screen of the coordinator, the policy
 * officer, the network admin and the privacy officer the browser blocks nothing (no inline script, handler or style
 * is left that the policy would refuse), the monitoring charts are drawn from the pages' tables, and axe-core finds
 * no WCAG 2.1 A/AA violation. Screenshots, wide and as narrow as a phone, in {@code target/screenshots/policy-*}.
 */
@LocalScreensE2ETest
class ScreensPolicyE2E {

    private static final Map<String, List<String>> VIOLATIONS_PER_PAGE = new LinkedHashMap<>();
    private static final int PHONE_WIDTH = 390;

    @LocalServerPort
    int port;

    private Chromium browser;
    private String base;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
        browser.recordPolicyViolations();
        base = "http://localhost:" + port;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterAll
    static void printSummary() {
        System.out.println("Content-Security-Policy violations per page: " + VIOLATIONS_PER_PAGE);
    }

    @Test
    void theBrowserReportsAViolationWhenThereIsOne() {
        // The recorder is only worth its zeros if it sees a real violation: an inline script added to a page.
        browser.open(base + "/login");
        assertThat(browser.policyViolations()).isEmpty();
        browser.script("var s = document.createElement('script'); s.textContent = 'window.ran = true;';"
                + " document.body.appendChild(s); return null;");
        browser.waitUntil(
                "a violation recorded",
                Duration.ofSeconds(5),
                () -> !browser.policyViolations().isEmpty());
        assertThat(browser.policyViolations())
                .anySatisfy(v -> assertThat(v).startsWith("script-src-elem blocked inline"));
        assertThat(browser.script("return window.ran === true;"))
                .as("the inline script did not run")
                .isEqualTo(false);
    }

    @Test
    void aCoordinatorsScreensRunUnderThePolicy() {
        logIn("coordinator.meppel");
        check("policy-01-mijn-werk", "/werk", "Mijn werk");
        check("policy-02-gezinnen", "/gezinnen", "Gezinnen");
        String family = browser.find(By.cssSelector("tbody th a")).getAttribute("href");
        browser.open(family);
        check("policy-03-gezin", null, "Gezin");
        check("policy-04-steungezinnen", "/steungezinnen", "Steungezinnen");
        check("policy-05-koppelingen", "/koppelingen", "Koppelingen");
        check("policy-06-monitoring-coordinator", "/monitoring", "Monitoring");
        assertChartsDrawn("/monitoring as a coordinator");
    }

    @Test
    void aPolicyOfficersMonitoringDrawsItsChartsFromTheTables() {
        logIn("policy.meppel");
        check("policy-10-beleid-start", "/", "Beleidsmedewerker");
        check("policy-11-monitoring", "/monitoring", "Aanmeldingen per maand");
        assertChartsDrawn("/monitoring");
        browser.resize(PHONE_WIDTH, 844);
        check("policy-12-monitoring-telefoon", "/monitoring", "Aanmeldingen per maand");
        assertChartsDrawn("/monitoring on a phone");
        browser.resize(1280, 900);
        check("policy-13-evaluatieperiodes", "/monitoring/evaluatieperiodes", "Evaluatieperiode");
    }

    @Test
    void aNetworkAdminsScreensRunUnderThePolicy() {
        logIn("admin.buurtgezinnen");
        check("policy-20-beheer", "/beheer", "Meppel");
        check("policy-21-beheer-gemeente", "/beheer/gemeenten/meppel", "Meppel");
        browser.resize(PHONE_WIDTH, 844);
        check("policy-22-beheer-gemeente-telefoon", "/beheer/gemeenten/meppel", "Meppel");
        browser.resize(1280, 900);
        check("policy-23-beheer-nieuw", "/beheer/gemeenten/nieuw", "gemeente");
        check("policy-24-beheer-monitoring", "/beheer/monitoring", "Kerncijfers per gemeente");
    }

    @Test
    void aPrivacyOfficersScreensRunUnderThePolicy() {
        logIn("privacy.meppel");
        check("policy-30-privacy-start", "/", "Functionaris gegevensbescherming");
        check("policy-31-logboek", "/privacy/logboek", "Logboek");
        check("policy-32-verzoeken", "/privacy/verzoeken", "Verzoeken");
        check("policy-33-bewaren", "/privacy/bewaren", "Bewaartermijnen");
        check("policy-34-geen-toegang", "/gezinnen", "Geen toegang");
        browser.clickAndWait(browser.find(By.xpath("//button[normalize-space()='Uitloggen']")));
        assertThat(browser.path()).isEqualTo("/login");
        check("policy-35-uitgelogd", null, "Je bent uitgelogd.");
    }

    @Test
    void theApiDescriptionRunsUnderThePolicyToo() {
        // Its bundle's own <style> is allowed there alone (ApiDocsSecurity); scripts stay strict.
        browser.open(base + "/swagger-ui/index.html");
        browser.waitUntil(
                "Swagger UI shows the API's title (the description is generated on the first call)",
                Duration.ofSeconds(90),
                () -> !browser.findAll(By.cssSelector(".swagger-ui .info .title"))
                        .isEmpty());
        assertThat(browser.policyViolations()).as("Swagger UI").isEmpty();
        browser.screenshot("policy-40-swagger-ui");
    }

    private void logIn(String username) {
        browser.open(base + "/login");
        assertThat(browser.policyViolations()).as("the login page").isEmpty();
        browser.find(By.id("username")).sendKeys(username);
        browser.find(By.id("password")).sendKeys(Http.DEMO_PASSWORD);
        browser.clickAndWait(browser.find(By.cssSelector("form button[type=submit]")));
        assertThat(browser.path()).as("logged in as " + username).isNotEqualTo("/login");
    }

    /** Opens the path (or stays on the page when null), then: no violation, the text shown, axe-core clean. */
    private void check(String name, String path, String text) {
        if (path != null) {
            browser.open(base + path);
        }
        assertThat(browser.text()).as(name).contains(text);
        List<String> violations = browser.policyViolations();
        VIOLATIONS_PER_PAGE.put(name, violations);
        assertThat(violations)
                .as("Content-Security-Policy violations on " + name)
                .isEmpty();
        browser.screenshot(name);
        assertThat(browser.accessibilityViolations(name + " " + browser.path()))
                .as("axe-core WCAG 2.1 A/AA on " + name)
                .isEmpty();
    }

    /** Every chart of the page is a Chart.js chart whose canvas has pixels drawn on it. */
    private void assertChartsDrawn(String page) {
        int charts =
                browser.findAll(By.cssSelector("figure[data-chart] canvas")).size();
        assertThat(charts).as("charts on " + page).isPositive();
        browser.waitUntil("every chart drawn on " + page, Duration.ofSeconds(10), () -> {
            Object drawn = browser.script("var n = 0;"
                    + " document.querySelectorAll('figure[data-chart] canvas').forEach(function (c) {"
                    + "  if (!window.Chart || !window.Chart.getChart(c) || !c.width || !c.height) { return; }"
                    + "  var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + "  for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; return; } }"
                    + " }); return n;");
            return ((Number) drawn).intValue() == charts;
        });
        assertThat(browser.policyViolations())
                .as("after drawing the charts on " + page)
                .isEmpty();
        browser.script("document.querySelector('figure[data-chart]').scrollIntoView(); return null;");
        browser.screenshot("policy-charts-" + page.replaceAll("[^a-z]+", "-"));
    }
}
