package nl.naober.security;

import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.naober.support.Browser;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A one-time password handed out on the admin screens or by the API is for choosing one's own password and nothing
 * else: every screen leads to "Kies een nieuw wachtwoord", the API answers 403 Problem Details, until the user has
 * chosen one. Every local user can change their password at {@code /wachtwoord}.
 */
@NaoberIntegrationTest
class PasswordChangeTest {

    private static final String NEW_PASSWORD = "lange zin als wachtwoord";

    @LocalServerPort
    int port;

    @Test
    void aNewNetworkAdministratorMustChooseTheirOwnPasswordBeforeAnythingElse() {
        Http http = new Http(port);
        String code = "pw-" + Long.toString(System.nanoTime(), 36);
        String username = "admin." + code;
        assertThat(http.post(
                                "/api/v1/admin/networks",
                                basic("admin.platform"),
                                Http.json(Map.of("code", code, "name", "Netwerk " + code)))
                        .status())
                .isEqualTo(201);
        String oneTimePassword = http.post(
                        "/api/v1/admin/networks/" + code + "/administrators",
                        basic("admin.platform"),
                        Http.json(Map.of("username", username)))
                .json()
                .get("oneTimePassword")
                .asString();

        Http.Response api = http.get("/api/v1/admin/municipalities", login(username, oneTimePassword));
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.json().get("type").asString()).endsWith("/password-change-required");
        assertThat(api.json().get("title").asString()).isEqualTo("Kies eerst een nieuw wachtwoord");
        assertThat(api.json().get("detail").asString())
                .contains("eenmalig wachtwoord")
                .contains("/wachtwoord");

        Browser browser = Browser.anonymous(port);
        browser.get("/login");
        HttpResponse<String> afterLogin = browser.post(
                "/login", List.of(Map.entry("username", username), Map.entry("password", oneTimePassword)));
        assertThat(afterLogin.uri().getPath()).isEqualTo("/wachtwoord");
        assertThat(afterLogin.body())
                .contains("<h1>Kies een nieuw wachtwoord</h1>")
                .contains("<label for=\"currentPassword\">")
                .contains("<label for=\"newPassword\">")
                .contains("<label for=\"newPasswordRepeated\">");
        assertThat(browser.get("/beheer").uri().getPath()).isEqualTo("/wachtwoord");
        assertThat(browser.get("/beheer/monitoring").uri().getPath()).isEqualTo("/wachtwoord");

        assertThat(change(browser, oneTimePassword, "kort", "kort"))
                .contains("Kies een wachtwoord van minstens 12 tekens.")
                .contains("aria-invalid=\"true\"");
        assertThat(change(browser, oneTimePassword, NEW_PASSWORD, NEW_PASSWORD + "!"))
                .contains("De twee nieuwe wachtwoorden zijn niet gelijk.");
        assertThat(change(browser, oneTimePassword, oneTimePassword, oneTimePassword))
                .contains("Het nieuwe wachtwoord moet anders zijn dan het huidige.");
        assertThat(change(browser, "niet-het-wachtwoord", NEW_PASSWORD, NEW_PASSWORD))
                .contains("Het huidige wachtwoord klopt niet.");
        assertThat(http.get("/api/v1/admin/municipalities", login(username, oneTimePassword))
                        .status())
                .as("nothing changed yet")
                .isEqualTo(403);

        HttpResponse<String> changed = browser.post(
                "/wachtwoord",
                List.of(
                        Map.entry("currentPassword", oneTimePassword),
                        Map.entry("newPassword", NEW_PASSWORD),
                        Map.entry("newPasswordRepeated", NEW_PASSWORD)));
        assertThat(changed.uri().getPath()).isEqualTo("/wachtwoord");
        assertThat(changed.body()).contains("Je wachtwoord is gewijzigd.");
        assertThat(browser.get("/beheer").uri().getPath())
                .as("the same session works on")
                .isEqualTo("/beheer");

        assertThat(http.get("/api/v1/admin/municipalities", login(username, NEW_PASSWORD))
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/admin/municipalities", login(username, oneTimePassword))
                        .status())
                .as("the one-time password is spent")
                .isEqualTo(401);
        assertThat(Sql.strings(
                        "SELECT actor || ' ' || action || ' ' || coalesce(before_state, '') || ' '"
                                + " || coalesce(after_state, '') FROM platform.admin_audit WHERE target = ?"
                                + " AND action = 'PASSWORD_CHANGED'",
                        "user:" + username))
                .containsExactly(username + " PASSWORD_CHANGED mustChangePassword=true mustChangePassword=false");
        assertThat(Sql.count(
                        "SELECT count(*) FROM platform.admin_audit WHERE before_state LIKE ? OR after_state LIKE ?",
                        "%" + NEW_PASSWORD + "%",
                        "%" + NEW_PASSWORD + "%"))
                .isZero();
    }

    @Test
    void aUserWithTheirOwnPasswordCanOpenThePasswordPageAndWorksOnWithoutIt() {
        Browser browser = Browser.loggedIn(port, "coordinator.meppel");
        HttpResponse<String> page = browser.get("/wachtwoord");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Wachtwoord wijzigen").doesNotContain("eenmalig wachtwoord");
        assertThat(browser.get("/gezinnen").uri().getPath()).isEqualTo("/gezinnen");
    }

    private static String change(Browser browser, String current, String newPassword, String repeated) {
        HttpResponse<String> answer = browser.post(
                "/wachtwoord",
                List.of(
                        Map.entry("currentPassword", current),
                        Map.entry("newPassword", newPassword),
                        Map.entry("newPasswordRepeated", repeated)));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.uri().getPath()).isEqualTo("/wachtwoord");
        return answer.body();
    }

    private static String login(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
