package nl.naober.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser with cookies that follows redirects and posts forms with the page's CSRF token. */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final String base;
    private String csrf;

    private Browser(int port) {
        this(
                port,
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build());
    }

    /**
     * This browser (its cookies, its CSRF token) against another instance on this machine, as when a load balancer
     * sends the next click to another replica.
     */
    public Browser onPort(int otherPort) {
        Browser other = new Browser(otherPort, client);
        other.csrf = csrf;
        return other;
    }

    private Browser(int port, HttpClient client) {
        this.base = "http://localhost:" + port;
        this.client = client;
    }

    public static Browser anonymous(int port) {
        return new Browser(port);
    }

    public static Browser loggedIn(int port, String username) {
        return loggedIn(port, username, Http.DEMO_PASSWORD);
    }

    public static Browser loggedIn(int port, String username, String password) {
        Browser browser = new Browser(port);
        browser.get("/login");
        HttpResponse<String> start =
                browser.post("/login", List.of(Map.entry("username", username), Map.entry("password", password)));
        // "/" sends each role on to its work (StartPageController)
        assertThat(start.uri().getPath()).as("logged in as " + username).isNotIn("/login", "/wachtwoord");
        return browser;
    }

    /**
     * Logs in with a one-time password an administrator handed out and, on the page every screen then leads to,
     * chooses {@link #ownPassword(String)}.
     */
    public static Browser loggedInWithOneTimePassword(int port, String username, String oneTimePassword) {
        Browser browser = new Browser(port);
        browser.get("/login");
        HttpResponse<String> start = browser.post(
                "/login", List.of(Map.entry("username", username), Map.entry("password", oneTimePassword)));
        assertThat(start.uri().getPath()).as("led to choose a password").isEqualTo("/wachtwoord");
        HttpResponse<String> changed = browser.post(
                "/wachtwoord",
                List.of(
                        Map.entry("currentPassword", oneTimePassword),
                        Map.entry("newPassword", ownPassword(oneTimePassword)),
                        Map.entry("newPasswordRepeated", ownPassword(oneTimePassword))));
        assertThat(changed.body()).as("password changed").contains("Je wachtwoord is gewijzigd.");
        return browser;
    }

    /** The password {@link #loggedInWithOneTimePassword} chooses. */
    public static String ownPassword(String oneTimePassword) {
        return "eigen " + oneTimePassword;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        if (csrf != null) {
            all.add(Map.entry("_csrf", csrf));
        }
        String body = all.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher matcher = CSRF.matcher(response.body());
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
            return response;
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
