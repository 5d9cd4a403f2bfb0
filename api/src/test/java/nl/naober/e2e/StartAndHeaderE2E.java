package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.naober.support.Http;
import nl.naober.support.Sql;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15, "a start page that leads to the work": each role lands on its work after login; the header of every
 * staff screen says who is logged in, for which municipality or network, and leads to changing the password; a new
 * user's one-time password can be copied with a button; the inbox's "Oppakken" stays on screen on a phone; the public
 * pages show the municipality's contact and ask for the town. Screenshots in {@code target/screenshots/start-*}.
 */
@LocalScreensE2ETest
class StartAndHeaderE2E {

    @LocalServerPort
    int port;

    @Test
    void eachRoleLandsOnItsWorkAndTheHeaderSaysWhoIsLoggedInWhere() {
        record Landing(String username, String work, String role, String screenText) {}
        List<Landing> landings = List.of(
                new Landing("coordinator.meppel", "/werk", "Coördinator, Meppel", "Mijn werk"),
                new Landing("policy.meppel", "/monitoring", "Beleidsmedewerker, Meppel", "Aanmeldingen per maand"),
                new Landing("admin.buurtgezinnen", "/beheer", "Netwerkbeheerder, Buurtgezinnen", "Gemeenten"),
                new Landing(
                        "privacy.meppel",
                        "/privacy/verzoeken",
                        "Functionaris gegevensbescherming, Meppel",
                        "Verzoeken"),
                new Landing("admin.platform", "/", "Platformbeheerder", "Netwerken"));
        int n = 1;
        for (Landing landing : landings) {
            try (LocalScreens screens = LocalScreens.open(port)) {
                screens.logIn(landing.username());
                assertThat(screens.browser().path())
                        .as(landing.username() + " lands on its work")
                        .isEqualTo(landing.work());
                String header = screens.browser().find(By.id("wie")).getText();
                assertThat(header)
                        .as("the header of " + landing.username())
                        .contains("Ingelogd als " + landing.username())
                        .contains(landing.role())
                        .contains("Wachtwoord wijzigen");
                WebElement password = screens.browser().find(By.cssSelector("#wie a.who-password"));
                assertThat(password.getAttribute("href")).isEqualTo(screens.url("/wachtwoord"));
                screens.checkWideAndNarrow(
                        "start-0" + n++ + "-" + landing.work().replaceAll("[^a-z]+", "-") + landing.username(),
                        null,
                        landing.screenText());
            }
        }
    }

    @Test
    void thePlatformAdminsStartPageListsTheNetworks() {
        try (LocalScreens screens = LocalScreens.open(port)) {
            screens.logIn("admin.platform");
            assertThat(screens.browser().text()).contains("Buurtgezinnen", "SteunouderNL", "API-documentatie");
        }
    }

    @Test
    void aNewUsersOneTimePasswordIsCopiedAndTheyChangeTheirPasswordFromTheHeader() {
        String username = "start.beleid." + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String oneTimePassword;
        try (LocalScreens admin = LocalScreens.open(port)) {
            Chromium browser = admin.browser();
            admin.logIn("admin.buurtgezinnen");
            admin.go("/beheer/gemeenten/de-wolden");
            browser.find(By.id("user-username")).sendKeys(username);
            new Select(browser.find(By.id("user-role"))).selectByValue("POLICY_OFFICER");
            browser.clickAndWait(browser.find(By.xpath("//button[normalize-space()='Gebruiker toevoegen']")));
            assertThat(browser.text()).contains("Gebruiker toegevoegd", "Eenmalig wachtwoord");
            oneTimePassword = browser.find(By.id("eenmalig-wachtwoord")).getText();
            assertThat(oneTimePassword).isNotBlank();

            browser.grantClipboard();
            WebElement copy = browser.find(By.cssSelector("button[data-copy='eenmalig-wachtwoord']"));
            assertThat(copy.isDisplayed()).as("the copy button is shown").isTrue();
            assertThat(copy.getText()).isEqualTo("Kopieer het wachtwoord");
            WebElement status = browser.find(By.id("kopie-status"));
            assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
            copy.click();
            browser.waitUntil(
                    "the status says the password was copied",
                    Duration.ofSeconds(5),
                    () -> status.getText().equals("Gekopieerd"));
            assertThat(browser.script("return navigator.clipboard.readText();"))
                    .as("the clipboard holds the one-time password")
                    .isEqualTo(oneTimePassword);
            assertThat(browser.find(By.id("eenmalig-wachtwoord")).getCssValue("user-select"))
                    .as("the password stays selectable text")
                    .isEqualTo("all");
            admin.check("start-10-eenmalig-wachtwoord-gekopieerd", null, "Gekopieerd");
            // The page answers a POST, so it is looked at narrow as it stands rather than opened again.
            browser.resize(LocalScreens.PHONE_WIDTH, 844);
            admin.check("start-10-eenmalig-wachtwoord-gekopieerd-telefoon", null, "Kopieer het wachtwoord");
            assertThat(admin.horizontalOverflow()).isLessThanOrEqualTo(0);
            browser.resize(LocalScreens.DESKTOP_WIDTH, 900);
        }

        try (LocalScreens user = LocalScreens.open(port)) {
            Chromium browser = user.browser();
            browser.open(user.url("/login"));
            browser.find(By.id("username")).sendKeys(username);
            browser.find(By.id("password")).sendKeys(oneTimePassword);
            browser.clickAndWait(browser.find(By.cssSelector("form button[type=submit]")));
            assertThat(browser.path()).isEqualTo("/wachtwoord");
            String own = "een zin als eigen wachtwoord " + username;
            changePassword(browser, oneTimePassword, own);
            assertThat(browser.text()).contains("Je wachtwoord is gewijzigd.");

            user.go("/");
            assertThat(browser.path())
                    .as("a policy officer lands on the dashboard")
                    .isEqualTo("/monitoring");
            browser.clickAndWait(browser.find(By.cssSelector("#wie a.who-password")));
            assertThat(browser.path()).isEqualTo("/wachtwoord");
            user.checkWideAndNarrow("start-11-wachtwoord-wijzigen", null, "Huidig wachtwoord");
            assertThat(browser.text()).doesNotContain("eenmalig wachtwoord");
            changePassword(browser, own, own + " opnieuw");
            user.check("start-12-wachtwoord-gewijzigd", null, "Je wachtwoord is gewijzigd.");
        }
    }

    @Test
    void theInboxsTakeUpButtonStaysOnScreenOnAPhone() {
        String firstName =
                "Startinbox" + (char) ('a' + ThreadLocalRandom.current().nextInt(26))
                        + (char) ('a' + ThreadLocalRandom.current().nextInt(26));
        Http.Response sent = new Http(port)
                .send(new Http(port)
                        .request("/api/v1/public/municipalities/hoogeveen/registrations", null)
                        .header("Content-Type", "application/json")
                        .header(
                                "X-Forwarded-For",
                                "192.0.2." + ThreadLocalRandom.current().nextInt(1, 250))
                        .POST(HttpRequest.BodyPublishers.ofString(Http.json(Map.of(
                                "kind",
                                "FAMILY",
                                "firstName",
                                firstName,
                                "lastName",
                                "Langeachternaamvoordetabel",
                                "phone",
                                "06 12345678",
                                "postcode",
                                "7901 AA",
                                "numberOfChildren",
                                3,
                                "reasons",
                                List.of("SINGLE_PARENT_SEVERAL_CHILDREN"),
                                "consent",
                                true)))));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);

        try (LocalScreens screens = LocalScreens.open(port)) {
            screens.logIn("coordinator.hoogeveen");
            Chromium browser = screens.browser();
            browser.resize(LocalScreens.PHONE_WIDTH, 844);
            screens.go("/werk");
            WebElement button = browser.find(
                    By.xpath("//button[normalize-space()='Oppakken' and contains(@aria-label, '" + firstName + "')]"));
            browser.screenshot("start-20-inbox-telefoon-vooraf");
            // Where the page shows it, without scrolling the table sideways (scrollIntoView would do that for us).
            Object inView = browser.script(
                    "var r = arguments[0].getBoundingClientRect();"
                            + " var panel = arguments[0].closest('.panel').getBoundingClientRect();"
                            + " return r.left >= 0 && r.right <= window.innerWidth && r.right <= panel.right + 0.5;",
                    button);
            assertThat(inView)
                    .as("Oppakken lies within the phone's screen and its panel")
                    .isEqualTo(true);
            screens.check("start-20-inbox-telefoon", null, firstName);
            assertThat(screens.horizontalOverflow()).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void thePublicPagesShowTheContactAndAskForTheTown() {
        try (LocalScreens admin = LocalScreens.open(port)) {
            Chromium browser = admin.browser();
            admin.logIn("admin.buurtgezinnen");
            admin.go("/beheer/gemeenten/de-wolden");
            WebElement phone = browser.find(By.id("contact-phone"));
            phone.clear();
            phone.sendKeys("0528 123 456");
            WebElement email = browser.find(By.id("contact-email"));
            email.clear();
            email.sendKeys("buurtgezinnen@dewolden.example");
            browser.clickAndWait(browser.find(By.xpath("//button[normalize-space()='Contact opslaan']")));
            assertThat(browser.text()).contains("De contactgegevens zijn opgeslagen.");
        }
        assertThat(Sql.strings("select public_contact_phone from platform.municipality_settings"
                        + " where municipality_code = 'de-wolden'"))
                .containsExactly("0528 123 456");

        try (LocalScreens visitor = LocalScreens.open(port)) {
            visitor.checkWideAndNarrow("start-30-aanmelden-contact", "/aanmelden/de-wolden", "0528 123 456");
            Chromium browser = visitor.browser();
            assertThat(browser.find(By.cssSelector("a[href='tel:0528123456']")).getText())
                    .isEqualTo("0528 123 456");
            assertThat(browser.find(By.cssSelector("a[href='mailto:buurtgezinnen@dewolden.example']"))
                            .getText())
                    .isEqualTo("buurtgezinnen@dewolden.example");
            visitor.checkWideAndNarrow("start-31-formulier-woonplaats", "/aanmelden/de-wolden/gezin", "Woonplaats");
            assertThat(browser.find(By.cssSelector("label[for='city']")).getText())
                    .startsWith("Woonplaats");
            assertThat(browser.find(By.id("city")).getAttribute("autocomplete")).isEqualTo("address-level2");
        }
    }

    private static void changePassword(Chromium browser, String current, String chosen) {
        browser.find(By.id("currentPassword")).sendKeys(current);
        browser.find(By.id("newPassword")).sendKeys(chosen);
        browser.find(By.id("newPasswordRepeated")).sendKeys(chosen);
        browser.clickAndWait(browser.find(By.xpath("//button[normalize-space()='Wachtwoord opslaan']")));
    }
}
