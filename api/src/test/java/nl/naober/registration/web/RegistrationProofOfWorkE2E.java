package nl.naober.registration.web;

import static nl.naober.registration.web.Registrations.family;
import static nl.naober.registration.web.Registrations.newClientAddress;
import static nl.naober.registration.web.Registrations.post;
import static nl.naober.registration.web.Registrations.stored;
import static nl.naober.registration.web.Registrations.supportFamily;
import static nl.naober.registration.web.Registrations.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.e2e.Chromium;
import nl.naober.support.Http;
import nl.naober.support.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14 in real headless Chromium: past the rate limit the form comes back as typed with the ALTCHA widget, which
 * solves the proof of work in the browser (its worker allowed by the page's CSP, no 'unsafe-inline'); the
 * registration is then accepted, and axe-core finds no WCAG 2.1 A/AA violation on the page with the widget. The
 * browser sends a client address of its own ({@code X-Forwarded-For}), so its allowance is this test's alone. The
 * address-confirmation pages (the button, done, a used link) have no violation either.
 */
@PublicRegistrationTest
class RegistrationProofOfWorkE2E {

    @LocalServerPort
    int port;

    private Chromium browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void pastTheLimitTheWidgetSolvesTheChallengeInTheBrowserAndTheRegistrationIsAccepted() {
        String client = newClientAddress();
        Http http = new Http(port);
        for (int i = 0; i < PublicRegistrationTest.PER_CLIENT; i++) {
            assertThat(post(http, "de-wolden", client, Http.json(family(uniqueName("Vol"))))
                            .status())
                    .isEqualTo(201);
        }
        browser = Chromium.start();
        browser.sendHeader("X-Forwarded-For", client);
        String name = uniqueName("Widget");

        browser.open("http://localhost:" + port + "/aanmelden/de-wolden/gezin");
        browser.find(By.id("firstName")).sendKeys(name);
        browser.find(By.id("phone")).sendKeys("06 12345678");
        browser.find(By.id("postcode")).sendKeys("7940 AA");
        browser.find(By.id("numberOfChildren")).sendKeys("2");
        browser.find(By.id("consent")).click();
        browser.clickAndWait(browser.find(By.cssSelector("button[type=submit]")));

        assertThat(browser.text()).contains("Nog één stap: even controleren");
        assertThat(browser.find(By.id("firstName")).getAttribute("value")).isEqualTo(name);
        browser.find(By.cssSelector("altcha-widget input[type=checkbox]"));
        browser.resize(1280, 4000);
        browser.screenshot("aanmelden-09-controle");
        assertThat(browser.accessibilityViolations("aanmelden-09-controle " + browser.path()))
                .as("axe-core WCAG 2.1 A/AA with the widget")
                .isEmpty();
        browser.resize(1280, 900);

        // With the keyboard, as anyone can: the widget draws its own box over the checkbox.
        browser.find(By.cssSelector("altcha-widget input[type=checkbox]")).sendKeys(Keys.SPACE);
        browser.waitUntil(
                Duration.ofSeconds(60),
                "return (document.querySelector('input[name=altcha]') || {}).value || ''",
                value -> !value.toString().isEmpty());
        browser.screenshot("aanmelden-10-controle-klaar");
        assertThat(browser.accessibilityViolations("aanmelden-10-controle-klaar " + browser.path()))
                .isEmpty();

        browser.clickAndWait(browser.find(By.cssSelector("button[type=submit]")));
        assertThat(browser.path()).as(browser.text()).isEqualTo("/aanmelden/de-wolden/bedankt");
        assertThat(stored("t_de_wolden", name)).isEqualTo(1);
    }

    @Test
    void theConfirmationLinkShowsAnAccessibleButtonThatConfirmsOnceAndThenAFriendlyPage() {
        String name = uniqueName("Link");
        String address = name.toLowerCase() + "@voorbeeld.nl";
        Http http = new Http(port);
        Map<String, Object> registration = supportFamily(name);
        registration.put("email", address);
        assertThat(post(http, "de-wolden", newClientAddress(), Http.json(registration))
                        .status())
                .isEqualTo(201);
        // No mail server here: the link is read from the outbox, where the mail waits.
        String body = Sql.strings(
                        "SELECT body FROM t_de_wolden.outbox_mail WHERE purpose = 'ADDRESS_CONFIRMATION' AND recipient = ?",
                        address)
                .get(0);
        Matcher link = Pattern.compile("/aanmelden/de-wolden/bevestigen/[A-Za-z0-9_-]+")
                .matcher(body);
        assertThat(link.find()).as(body).isTrue();
        String base = "http://localhost:" + port;
        browser = Chromium.start();

        browser.open(base + link.group());
        assertThat(browser.text()).contains("Bevestig je e-mailadres");
        checkAccessible("aanmelden-11-bevestigen");
        browser.clickAndWait(browser.find(By.cssSelector("button[type=submit]")));
        assertThat(browser.text()).contains("Je e-mailadres is bevestigd");
        checkAccessible("aanmelden-12-bevestigd");

        browser.open(base + link.group());
        assertThat(browser.text()).contains("Deze link werkt niet (meer)").doesNotContain(address);
        checkAccessible("aanmelden-13-link-werkt-niet");
    }

    private void checkAccessible(String page) {
        browser.resize(1280, 2000);
        browser.screenshot(page);
        assertThat(browser.accessibilityViolations(page + " " + browser.path()))
                .as("axe-core WCAG 2.1 A/AA on " + page)
                .isEmpty();
        browser.resize(1280, 900);
    }
}
