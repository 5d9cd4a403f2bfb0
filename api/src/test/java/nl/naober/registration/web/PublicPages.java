package nl.naober.registration.web;

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

/**
 * A visitor of the public pages from a client address of its own: keeps cookies, posts forms with the CSRF token
 * of the last page, and does not follow redirects, so a test sees the redirect itself.
 */
final class PublicPages {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private final String clientAddress;
    private String csrf;
    private String token;

    PublicPages(int port, String clientAddress) {
        this.base = "http://localhost:" + port;
        this.clientAddress = clientAddress;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts the fields with the last page's CSRF token and form token. */
    HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("_csrf", csrf));
        if (token != null) {
            all.add(Map.entry("token", token));
        }
        return postExactly(path, all);
    }

    /** Posts exactly these fields: no CSRF token unless they hold one. */
    HttpResponse<String> postExactly(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Follows a redirect the way a browser would: a GET of its Location. */
    HttpResponse<String> follow(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return get(URI.create(base).resolve(location).getRawPath() + query(location));
    }

    String token() {
        return token;
    }

    private static String query(String location) {
        int question = location.indexOf('?');
        return question < 0 ? "" : location.substring(question);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(
                    request.header("X-Forwarded-For", clientAddress).build(), HttpResponse.BodyHandlers.ofString());
            Matcher csrfField = CSRF.matcher(response.body());
            if (csrfField.find()) {
                csrf = csrfField.group(1);
            }
            Matcher tokenField = TOKEN.matcher(response.body());
            if (tokenField.find()) {
                token = tokenField.group(1);
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
