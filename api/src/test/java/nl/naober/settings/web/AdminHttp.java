package nl.naober.settings.web;

import java.net.http.HttpRequest;
import nl.naober.support.Http;

/** The verbs {@link Http} does not have, for the admin tests. */
public final class AdminHttp {

    private AdminHttp() {}

    public static Http.Response put(Http http, String path, String authorization, String json) {
        return http.send(http.request(path, authorization)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends {@code method} with {@code body} (JSON, or null for none). */
    public static Http.Response send(Http http, String method, String path, String authorization, String body) {
        return switch (method) {
            case "GET" -> http.get(path, authorization);
            case "POST" -> http.post(path, authorization, body == null ? "" : body);
            case "PUT" -> put(http, path, authorization, body);
            default -> throw new IllegalArgumentException(method);
        };
    }
}
