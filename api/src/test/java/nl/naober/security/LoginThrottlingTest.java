package nl.naober.security;

import static nl.naober.security.ClientBehindAProxy.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.naober.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Local mode: after 5 failed logins for one username, or 20 from one client address, within 15 minutes, further
 * attempts are refused before the password is looked at (the right password too), with a Dutch "try again in N
 * minutes": on the login page, and as 429 Problem Details with {@code Retry-After} on the API. Each test uses its own
 * usernames and addresses.
 */
@BehindAProxy
class LoginThrottlingTest {

    private static final String FAMILIES = "/api/v1/municipalities/borger-odoorn/families";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void fiveFailuresForAUsernameStopItsLoginsFromEveryAddressButNotItsColleagues() {
        for (int i = 1; i <= 5; i++) {
            assertThat(new ClientBehindAProxy(port, "10.20.0." + i)
                            .basic(FAMILIES, "coordinator.borger-odoorn", "wrong-" + i)
                            .statusCode())
                    .as("failure " + i)
                    .isEqualTo(401);
        }

        HttpResponse<String> rightPassword = new ClientBehindAProxy(port, "10.20.1.1")
                .basic(FAMILIES, "coordinator.borger-odoorn", Http.DEMO_PASSWORD);
        assertThat(rightPassword.statusCode())
                .as("refused before the password is checked")
                .isEqualTo(429);
        assertThat(rightPassword.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/problem+json");
        assertThat(Long.parseLong(
                        rightPassword.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(170L, 180L);
        JsonNode problem = JSON.readTree(rightPassword.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("type").asString()).endsWith("/login-throttled");
        assertThat(problem.get("detail").asString())
                .isEqualTo("Te veel mislukte pogingen. Probeer het over 3 minuten opnieuw.");

        // A colleague logging in, from an address that failed before, resets nobody's count.
        ClientBehindAProxy colleague = new ClientBehindAProxy(port, "10.20.0.1");
        assertThat(colleague
                        .basic("/api/v1/municipalities/emmen/families", "coordinator.emmen", Http.DEMO_PASSWORD)
                        .statusCode())
                .isEqualTo(200);
        assertThat(new ClientBehindAProxy(port, "10.20.0.1")
                        .basic(FAMILIES, "coordinator.borger-odoorn", Http.DEMO_PASSWORD)
                        .statusCode())
                .isEqualTo(429);
    }

    @Test
    void twentyFailuresFromOneAddressStopThatAddressOnly() {
        for (int i = 1; i <= 20; i++) {
            assertThat(new ClientBehindAProxy(port, "10.21.0.1")
                            .basic(FAMILIES, "nobody-" + i + "-" + System.nanoTime(), "guess")
                            .statusCode())
                    .as("failure " + i)
                    .isEqualTo(401);
        }

        HttpResponse<String> fromThatAddress = new ClientBehindAProxy(port, "10.21.0.1")
                .basic(
                        "/api/v1/municipalities/midden-drenthe/families",
                        "coordinator.midden-drenthe",
                        Http.DEMO_PASSWORD);
        assertThat(fromThatAddress.statusCode()).isEqualTo(429);
        assertThat(JSON.readTree(fromThatAddress.body()).get("detail").asString())
                .isEqualTo("Te veel mislukte pogingen. Probeer het over 1 minuut opnieuw.");
        assertThat(new ClientBehindAProxy(port, "10.21.0.2")
                        .basic(
                                "/api/v1/municipalities/midden-drenthe/families",
                                "coordinator.midden-drenthe",
                                Http.DEMO_PASSWORD)
                        .statusCode())
                .as("the same user from another address")
                .isEqualTo(200);
    }

    @Test
    void theLoginPageSaysInDutchHowLongToWait() {
        ClientBehindAProxy browser = new ClientBehindAProxy(port, "10.22.0.1");
        for (int i = 1; i <= 5; i++) {
            assertThat(location(browser.logIn("policy.borger-odoorn", "wrong-" + i)))
                    .as("failure " + i)
                    .isEqualTo("/login?error");
        }

        HttpResponse<String> rightPassword = browser.logIn("policy.borger-odoorn", Http.DEMO_PASSWORD);
        assertThat(location(rightPassword)).isEqualTo("/login?te-veel-pogingen");
        String page = browser.get("/login?te-veel-pogingen").body();
        assertThat(page)
                .contains("Te veel mislukte pogingen. Probeer het over 3 minuten opnieuw.")
                .doesNotContain("Gebruikersnaam of wachtwoord klopt niet.");
        assertThat(location(browser.get("/monitoring"))).as("not logged in").isEqualTo("/login");
    }

    @Test
    void refusedApiTokensCountAsFailedLoginsOfTheirAddress() {
        String wrongToken = "nbr_" + "A".repeat(43);
        for (int i = 1; i <= 20; i++) {
            assertThat(new ClientBehindAProxy(port, "10.23.0.1")
                            .bearer(FAMILIES, wrongToken)
                            .statusCode())
                    .as("failure " + i)
                    .isEqualTo(401);
        }

        HttpResponse<String> throttled = new ClientBehindAProxy(port, "10.23.0.1").bearer(FAMILIES, wrongToken);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(throttled.body()).get("type").asString()).endsWith("/login-throttled");
        assertThat(new ClientBehindAProxy(port, "10.23.0.1")
                        .basic(FAMILIES, "coordinator.borger-odoorn", Http.DEMO_PASSWORD)
                        .statusCode())
                .as("the address's allowance is shared with passwords")
                .isEqualTo(429);
        assertThat(new ClientBehindAProxy(port, "10.23.0.2")
                        .bearer(FAMILIES, wrongToken)
                        .statusCode())
                .as("another address")
                .isEqualTo(401);
    }
}
