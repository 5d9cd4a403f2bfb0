package nl.naober.e2e;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A cookie jar for one login against Keycloak on http://localhost. Keycloak marks its login-session cookies
 * {@code Secure}; browsers send those to localhost (a secure context), Java's {@code CookieManager} never sends
 * them over plain HTTP. Paths and expiry do not matter for the few requests of one login.
 */
final class LoopbackCookies extends CookieHandler {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    @Override
    public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        if (cookies.isEmpty()) {
            return Map.of();
        }
        String header = cookies.entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        return Map.of("Cookie", List.of(header));
    }

    @Override
    public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.entrySet().stream()
                .filter(header -> "Set-Cookie".equalsIgnoreCase(header.getKey()))
                .flatMap(header -> header.getValue().stream())
                .flatMap(value -> HttpCookie.parse(value).stream())
                .forEach(cookie -> {
                    if (cookie.getMaxAge() == 0) {
                        cookies.remove(cookie.getName());
                    } else {
                        cookies.put(cookie.getName(), cookie.getValue());
                    }
                });
    }
}
