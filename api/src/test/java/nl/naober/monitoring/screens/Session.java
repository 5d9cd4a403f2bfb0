package nl.naober.monitoring.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.support.Http;

/**
 * A logged-in browser session (form login, cookies) that can also download a file as bytes, which
 * {@link nl.naober.support.Browser} cannot.
 */
final class Session {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final String base;

    private Session(int port, HttpClient.Redirect redirects) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(redirects)
                .build();
    }

    static Session anonymous(int port) {
        return new Session(port, HttpClient.Redirect.NEVER);
    }

    static Session loggedIn(int port, String username) {
        Session session = new Session(port, HttpClient.Redirect.NORMAL);
        Matcher csrf = CSRF.matcher(session.get("/login").body());
        assertThat(csrf.find()).as("login form with CSRF token").isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(Http.DEMO_PASSWORD) + "&_csrf="
                + encode(csrf.group(1));
        HttpResponse<String> start = session.send(
                HttpRequest.newBuilder(URI.create(session.base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)),
                HttpResponse.BodyHandlers.ofString());
        // "/" sends each role on to its work (StartPageController)
        assertThat(start.uri().getPath()).as("logged in as " + username).isNotIn("/login", "/wachtwoord");
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
