package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import nl.naober.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A network admin makes an API token for a user on the municipality's users tab, copies it (shown once), the token
 * works on the API, and revoking it after a confirmation stops it at once. Screenshots {@code tokens-*}.
 */
@LocalScreensE2ETest
class ApiTokenScreensE2E {

    @LocalServerPort
    int port;

    @Test
    void aNetworkAdminMakesCopiesAndRevokesAnApiToken() {
        Http http = new Http(port);
        String username = "policy.e2e-" + Long.toString(System.nanoTime(), 36);
        assertThat(http.post(
                                "/api/v1/admin/municipalities/meppel/users",
                                Http.basic("admin.buurtgezinnen"),
                                Http.json(Map.of("username", username, "role", "POLICY_OFFICER")))
                        .status())
                .isEqualTo(201);
        String tokens = "/beheer/gemeenten/meppel/gebruikers/" + username + "/api-tokens";

        try (LocalScreens screens = LocalScreens.open(port)) {
            Chromium browser = screens.browser();
            screens.logIn("admin.buurtgezinnen");
            screens.go("/beheer/gemeenten/meppel");
            browser.clickAndWait(browser.find(By.cssSelector("a[href$='/gebruikers/" + username + "/api-tokens']")));
            assertThat(browser.path()).isEqualTo(tokens);
            screens.checkWideAndNarrow("tokens-01-geen", null, "Deze gebruiker heeft nog geen API-tokens.");

            assertThat(browser.find(By.id("token-expiresOn")).getAttribute("value"))
                    .as("90 days ahead unless changed")
                    .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(90).toString());
            browser.find(By.id("token-name")).sendKeys("website");
            browser.clickAndWait(browser.find(By.cssSelector("form.tab-form button[type=submit]")));
            // Shown once, on the answer to the POST: checked at both widths without loading it again.
            screens.check("tokens-02-gemaakt", null, "je ziet dit token maar één keer");
            browser.resize(LocalScreens.PHONE_WIDTH, 844);
            screens.check("tokens-02-gemaakt-telefoon", null, "je ziet dit token maar één keer");
            assertThat(screens.horizontalOverflow()).isLessThanOrEqualTo(0);
            browser.resize(LocalScreens.DESKTOP_WIDTH, 900);
            String token = browser.find(By.id("api-token")).getText();
            assertThat(token).startsWith("nbr_").hasSize(47);
            browser.grantClipboard();
            WebElement copy = browser.find(By.cssSelector("button[data-copy='api-token']"));
            copy.click();
            WebElement status = browser.find(By.cssSelector(".copy-status"));
            browser.waitUntil(
                    "the status says the token was copied",
                    Duration.ofSeconds(5),
                    () -> status.getText().equals("Het token is gekopieerd."));
            assertThat(browser.script("return navigator.clipboard.readText();")).isEqualTo(token);
            assertThat(http.get("/api/v1/municipalities/meppel/monitoring", Http.bearer(token))
                            .status())
                    .as("the copied token works on the API")
                    .isEqualTo(200);

            screens.go(tokens);
            assertThat(browser.text()).contains("website", "nbr_…" + token.substring(43), "Actief");
            assertThat(browser.text()).doesNotContain(token);
            browser.clickAndWait(browser.find(By.cssSelector("a[href$='/intrekken']")));
            screens.checkWideAndNarrow("tokens-03-intrekken", null, "Token website intrekken?");
            browser.clickAndWait(browser.find(By.cssSelector("form[action$='/intrekken'] button[type=submit]")));
            screens.check("tokens-04-ingetrokken", null, "Het token is ingetrokken; het werkt niet meer.");
            assertThat(browser.text()).contains("Ingetrokken");
            assertThat(http.get("/api/v1/municipalities/meppel/monitoring", Http.bearer(token))
                            .status())
                    .as("revoked: refused at the next request")
                    .isEqualTo(401);
        }
    }
}
