package nl.naober.registration.web;

import static nl.naober.registration.web.Registrations.family;
import static nl.naober.registration.web.Registrations.newClientAddress;
import static nl.naober.registration.web.Registrations.post;
import static nl.naober.registration.web.Registrations.stored;
import static nl.naober.registration.web.Registrations.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import nl.naober.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A municipality's own site calls the public API from the browser: only the origins its network admin allowed get
 * CORS headers; a preflight from any other origin is refused.
 */
@PublicRegistrationTest
class PublicRegistrationCorsTest {

    private static final String SETTINGS = "/api/v1/admin/municipalities/borger-odoorn/public-form";
    private static final String ADMIN = Http.basic("admin.steunoudernl");
    private static final String OWN_SITE = "https://www.borger-odoorn.example";
    private static final String OTHER_SITE = "https://evil.example";

    @LocalServerPort
    int port;

    private Http http;
    private JsonNode originsBefore;

    @BeforeEach
    void allowTheMunicipalitysOwnSite() {
        http = new Http(port);
        Http.Response before = http.get(SETTINGS, ADMIN);
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        originsBefore = before.json().get("origins");
        Http.Response changed = put(Map.of("origins", List.of(OWN_SITE)));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    @AfterEach
    void restoreTheOrigins() {
        put(Map.of("origins", originsBefore));
    }

    @Test
    void aPreflightFromTheAllowedOriginIsAnswered() {
        Http.Response preflight = preflight("borger-odoorn", OWN_SITE);

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(OWN_SITE);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(preflight.header("Access-Control-Allow-Headers").toLowerCase())
                .contains("content-type", "idempotency-key");
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void aPreflightFromAnotherOriginOrForAnotherMunicipalityIsRefusedWithoutCorsHeaders() {
        Http.Response otherOrigin = preflight("borger-odoorn", OTHER_SITE);
        Http.Response otherMunicipality = preflight("emmen", OWN_SITE);
        Http.Response unknownMunicipality = preflight("atlantis", OWN_SITE);

        for (Http.Response refused : List.of(otherOrigin, otherMunicipality, unknownMunicipality)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
        }
    }

    @Test
    void aRegistrationFromTheAllowedOriginMayBeReadByItsPageAndOneFromAnotherIsRefused() {
        String allowedName = uniqueName("Buurt");
        String otherName = uniqueName("Vreemd");

        Http.Response allowed =
                post(http, "borger-odoorn", newClientAddress(), Http.json(family(allowedName)), "Origin", OWN_SITE);
        Http.Response other =
                post(http, "borger-odoorn", newClientAddress(), Http.json(family(otherName)), "Origin", OTHER_SITE);

        assertThat(allowed.status()).isEqualTo(201);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(OWN_SITE);
        assertThat(allowed.header("Access-Control-Expose-Headers")).contains("Location", "Retry-After");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
        assertThat(stored("t_borger_odoorn", allowedName)).isEqualTo(1);
        assertThat(stored("t_borger_odoorn", otherName)).isZero();
    }

    @Test
    void callsWithoutABrowserOriginNeedNoCors() {
        assertThat(post(http, "borger-odoorn", newClientAddress(), Http.json(family(uniqueName("Server"))))
                        .status())
                .isEqualTo(201);
    }

    private Http.Response preflight(String municipality, String origin) {
        return http.send(http.request(Registrations.path(municipality), null)
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private Http.Response put(Object body) {
        return http.send(http.request(SETTINGS, ADMIN)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Http.json(body))));
    }
}
