package nl.naober.security;

import static nl.naober.security.ClientBehindAProxy.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nl.naober.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A screen session: a new id at login, 30 minutes without a click end it, ten hours after login end it whatever the
 * activity (four seconds here), and its cookie is {@code SameSite=Lax}, and {@code Secure} when the browser reached the
 * proxy over https.
 */
@BehindAProxy
class SessionLifetimeTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Test
    void theSessionGetsANewIdAtLoginSoAnIdPlantedBeforeLoginIsWorthNothing() {
        ClientBehindAProxy browser = new ClientBehindAProxy(port, "10.10.0.1");
        browser.get("/login");
        String beforeLogin = browser.sessionId();
        assertThat(beforeLogin)
                .as("the login page opens a session (CSRF token)")
                .isNotNull();

        HttpResponse<String> login = browser.post(
                "/login", java.util.Map.of("username", "coordinator.hoogeveen", "password", Http.DEMO_PASSWORD));
        assertThat(location(login)).isEqualTo("/");
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(beforeLogin);
        assertThat(browser.get("/werk").statusCode()).isEqualTo(200);

        ClientBehindAProxy attacker = new ClientBehindAProxy(port, "10.10.0.2");
        attacker.get("/login");
        HttpResponse<String> withPlantedId = attacker.getWithSessionId("/", beforeLogin);
        assertThat(withPlantedId.statusCode()).isEqualTo(302);
        assertThat(location(withPlantedId)).isEqualTo("/login");
    }

    @Test
    void thirtyMinutesWithoutAClickEndTheSession() {
        ClientBehindAProxy browser = new ClientBehindAProxy(port, "10.10.1.1");
        assertThat(location(browser.logIn("coordinator.hoogeveen", Http.DEMO_PASSWORD)))
                .isEqualTo("/");

        Session session = storedSession(browser.sessionId());
        assertThat(session.getMaxInactiveInterval()).isEqualTo(java.time.Duration.ofMinutes(30));
    }

    @Test
    void theSessionEndsAtItsAbsoluteLimitAfterLoginHoweverBusyTheUserIs() throws Exception {
        ClientBehindAProxy browser = new ClientBehindAProxy(port, "10.10.2.1");
        assertThat(location(browser.logIn("coordinator.hoogeveen", Http.DEMO_PASSWORD)))
                .isEqualTo("/");
        // Counted from the login's answer, when the server has noted the login time: on a busy machine the login
        // itself can take longer than the 0.3 s margin below.
        long loggedInAt = System.nanoTime();
        String session = browser.sessionId();
        // Busy: a click every half second keeps the idle timeout far away.
        while (System.nanoTime() - loggedInAt < 3_000_000_000L) {
            assertThat(browser.get("/gezinnen").statusCode())
                    .as("still logged in")
                    .isEqualTo(200);
            Thread.sleep(500);
        }
        Thread.sleep(Math.max(0, 4_300 - (System.nanoTime() - loggedInAt) / 1_000_000));

        HttpResponse<String> afterLimit = browser.get("/gezinnen");
        assertThat(afterLimit.statusCode()).isEqualTo(302);
        assertThat(location(afterLimit)).isEqualTo("/login?verlopen");
        assertThat(browser.get("/login?verlopen").body())
                .contains("Je sessie is verlopen")
                .contains("Log opnieuw in");
        assertThat(storedSession(session)).as("the old session is gone").isNull();
        assertThat(location(browser.get("/gezinnen"))).isEqualTo("/login");
    }

    @Test
    void theSessionCookieIsSecureAndSameSiteLaxWhenTheBrowserCameOverHttps() {
        HttpResponse<String> overHttps = new ClientBehindAProxy(port, "10.10.3.1").getOverHttps("/login");
        assertThat(sessionCookie(overHttps))
                .contains("Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax");

        HttpResponse<String> overHttp = new ClientBehindAProxy(port, "10.10.3.2").get("/login");
        assertThat(sessionCookie(overHttp))
                .as("a plain-http development server cannot have a Secure cookie")
                .doesNotContain("Secure")
                .contains("SameSite=Lax");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    /** The session as the catalog holds it (Spring Session JDBC); null once it has ended. */
    private Session storedSession(String id) {
        return sessions.findById(id);
    }
}
