package nl.naober.registration.web;

import static nl.naober.registration.web.Registrations.stored;
import static nl.naober.registration.web.Registrations.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.naober.e2e.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public pages in real headless Chromium: axe-core finds no WCAG 2.1 A/AA violation on any of them, with or
 * without errors, wide or as narrow as a phone; the form works with the keyboard alone and the honeypot is never
 * reached. Needs no Keycloak, but Chromium: it runs in the e2e profile ({@code ./mvnw -B -Pe2e verify}, as CI does).
 * Screenshots in {@code target/screenshots/aanmelden-*}.
 */
@PublicRegistrationTest
class RegistrationPagesAccessibilityE2E {

    private static final Map<String, Integer> VIOLATIONS_PER_PAGE = new LinkedHashMap<>();
    private static final int PHONE_WIDTH = 390;

    @LocalServerPort
    int port;

    private Chromium browser;
    private String base;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
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
        System.out.println("axe-core WCAG 2.1 A/AA violations per public page: " + VIOLATIONS_PER_PAGE);
    }

    @Test
    void everyPublicPageHasNoAccessibilityViolationsWideOrNarrow() {
        browser.open(base + "/aanmelden/meppel");
        checkAccessible("aanmelden-01-keuze");

        browser.clickAndWait(browser.find(By.linkText("Ik zoek steun voor mijn gezin")));
        assertThat(browser.path()).isEqualTo("/aanmelden/meppel/gezin");
        checkAccessible("aanmelden-02-gezin");

        browser.clickAndWait(browser.find(By.cssSelector("button[type=submit]")));
        assertThat(browser.text()).contains("Er is iets niet goed ingevuld");
        checkAccessible("aanmelden-03-gezin-fouten");

        browser.open(base + "/aanmelden/meppel/steungezin");
        checkAccessible("aanmelden-04-steungezin");
        browser.clickAndWait(browser.find(By.cssSelector("button[type=submit]")));
        checkAccessible("aanmelden-05-steungezin-fouten");

        browser.open(base + "/aanmelden/meppel/privacy");
        checkAccessible("aanmelden-06-privacy");
        browser.open(base + "/aanmelden/atlantis");
        checkAccessible("aanmelden-07-niet-gevonden");
    }

    @Test
    void aFamilyRegistersWithTheKeyboardAloneAndTheHoneypotIsNeverReached() {
        String name = uniqueName("Toets");
        // Not Meppel: the e2e tests that share this database need Meppel's demo cases, seeded only while it is empty.
        browser.open(base + "/aanmelden/borger-odoorn/gezin");

        // Empty form sent: the error summary has the focus, its first link leads to the first field.
        browser.clickAndWait(browser.find(By.cssSelector("button[type=submit]")));
        assertThat(focused().getAttribute("id")).isEqualTo("foutmeldingen");
        focused().sendKeys(Keys.TAB);
        assertThat(focused().getAttribute("href")).endsWith("#firstName");
        focused().sendKeys(Keys.ENTER);
        assertThat(focused().getAttribute("id")).isEqualTo("firstName");

        focused().sendKeys(name);
        List<String> order = new ArrayList<>(List.of("firstName"));
        type(order, Keys.TAB, "Jansen");
        type(order, Keys.TAB);
        type(order, Keys.TAB, "06 12345678");
        type(order, Keys.TAB, "7941 AB");
        type(order, Keys.TAB, "7");
        type(order, Keys.TAB, "Meppel"); // the town (woonplaats)
        type(order, Keys.TAB, "2");
        type(order, Keys.TAB, Keys.SPACE); // the first reason
        while (!"button".equals(focused().getTagName())) {
            type(order, Keys.TAB);
            if ("consent".equals(focused().getAttribute("id"))) {
                focused().sendKeys(Keys.SPACE);
            }
        }

        assertThat(order).doesNotContain("website");
        assertThat(order.stream().filter(id -> !id.startsWith("reason-") && !id.startsWith("dayPart-")))
                .containsSubsequence(
                        "firstName",
                        "lastName",
                        "email",
                        "phone",
                        "postcode",
                        "houseNumber",
                        "city",
                        "numberOfChildren",
                        "message",
                        "consent");
        assertThat(order).contains("reason-SINGLE_PARENT_SEVERAL_CHILDREN", "dayPart-SUNDAY_EVENING");

        WebElement send = focused();
        browser.clickAndWait(send);
        assertThat(browser.path()).as(browser.text()).isEqualTo("/aanmelden/borger-odoorn/bedankt");
        assertThat(browser.text()).contains("Bedankt voor je aanmelding", "binnen 5 werkdagen");
        checkAccessible("aanmelden-08-bedankt");
        assertThat(stored("t_borger_odoorn", name)).isEqualTo(1);
    }

    /** Moves on with the key, notes where the focus went, then types there. */
    private void type(List<String> order, CharSequence key, CharSequence... text) {
        focused().sendKeys(key);
        WebElement now = focused();
        order.add(
                now.getAttribute("id") == null || now.getAttribute("id").isEmpty()
                        ? now.getTagName()
                        : now.getAttribute("id"));
        if (text.length > 0) {
            now.sendKeys(text);
        }
    }

    private WebElement focused() {
        return browser.find(By.cssSelector(":focus"));
    }

    /** axe-core wide, then narrow as a phone (with screenshots of both), then wide again. */
    private void checkAccessible(String page) {
        browser.resize(1280, 4000);
        browser.screenshot(page + "-breed");
        List<String> violations = new ArrayList<>(browser.accessibilityViolations(page + " " + browser.path()));
        browser.resize(PHONE_WIDTH, 5600);
        browser.screenshot(page + "-smal");
        violations.addAll(browser.accessibilityViolations(page + " (smal) " + browser.path()));
        browser.resize(1280, 900);
        VIOLATIONS_PER_PAGE.put(page, violations.size());
        assertThat(violations).as("axe-core WCAG 2.1 A/AA on " + page).isEmpty();
    }
}
