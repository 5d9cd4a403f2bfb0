package nl.naober.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser or API client at one client address, as a proxy in front of Naober reports it ({@code X-Forwarded-For}),
 * that keeps cookies and does not follow redirects, so a test sees each answer and each {@code Set-Cookie}.
 */
final class ClientBehindAProxy {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private final String address;
    private String csrf;

    ClientBehindAProxy(int port, String address) {
        this.base = "http://localhost:" + port;
        this.address = address;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A request carrying a session id of someone else's choosing (a fixation attempt), none of this client's. */
    HttpResponse<String> getWithSessionId(String path, String sessionId) {
        try {
            return HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build()
                    .send(
                            request(path)
                                    .header("Cookie", "JSESSIONID=" + sessionId)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> getOverHttps(String path) {
        return send(request(path).header("X-Forwarded-Proto", "https").GET());
    }

    HttpResponse<String> basic(String path, String username, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(
                request(path).header("Authorization", "Basic " + credentials).GET());
    }

    HttpResponse<String> bearer(String path, String token) {
        return send(request(path).header("Authorization", "Bearer " + token).GET());
    }

    /** The login form as a browser sends it: the page first (session and CSRF token), then the POST. */
    HttpResponse<String> logIn(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"))
                + (csrf == null ? "" : "&_csrf=" + encode(csrf));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address);
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

    /** Where a redirect points: path and query, without the scheme and host. */
    static String location(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Location")
                .map(URI::create)
                .map(uri -> uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                .orElse(null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
