package nl.naober.registration.web;

import static nl.naober.registration.web.Registrations.family;
import static nl.naober.registration.web.Registrations.newClientAddress;
import static nl.naober.registration.web.Registrations.post;
import static nl.naober.registration.web.Registrations.stored;
import static nl.naober.registration.web.Registrations.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.naober.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14: past the rate limit a registration is not refused outright but asked for a proof of work (ALTCHA), on the
 * API and on the form; a solution computed here is accepted once; every time a limit is reached it is counted.
 */
@PublicRegistrationTest
class PublicRegistrationProofOfWorkTest {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void pastTheLimitTheApiAsksForAProofOfWorkAcceptsASolutionOnceAndCountsIt() {
        Http http = new Http(port);
        String client = newClientAddress();
        useUpTheAllowance(http, client);
        double before = limited("emmen", "client");

        String name = uniqueName("Rekensom");
        Http.Response asked = post(http, "emmen", client, Http.json(family(name)));
        assertThat(asked.status()).isEqualTo(429);
        assertThat(asked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(asked.json().get("type").asString()).endsWith("/registration-challenge-required");
        assertThat(Long.parseLong(asked.header("Retry-After"))).isBetween(1L, 3600L);
        JsonNode challenge = asked.json().get("challenge");
        assertThat(challenge.get("algorithm").asString()).isEqualTo("SHA-256");
        assertThat(asked.json().get("challengeUrl").asString())
                .isEqualTo("/api/v1/public/municipalities/emmen/registrations/challenge");
        assertThat(stored("t_emmen", name)).isZero();

        String solution = ProofOfWorkSolver.solve(challenge);
        Http.Response accepted = post(http, "emmen", client, Http.json(family(name)), "Altcha", solution);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(stored("t_emmen", name)).isEqualTo(1);

        String other = uniqueName("Nogmaals");
        Http.Response replayed = post(http, "emmen", client, Http.json(family(other)), "Altcha", solution);
        assertThat(replayed.status()).as("the same solution again").isEqualTo(429);
        assertThat(replayed.json().get("type").asString()).endsWith("/registration-challenge-required");
        assertThat(stored("t_emmen", other)).isZero();

        Http.Response fresh =
                http.send(http.request(asked.json().get("challengeUrl").asString(), null)
                        .header("X-Forwarded-For", client)
                        .GET());
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.header("Cache-Control")).contains("no-store");
        Http.Response withFresh =
                post(http, "emmen", client, Http.json(family(other)), "Altcha", ProofOfWorkSolver.solve(fresh.json()));
        assertThat(withFresh.status()).as(withFresh.body()).isEqualTo(201);

        assertThat(limited("emmen", "client") - before)
                .as("four requests past the allowance: asked, solved, replayed, solved afresh")
                .isEqualTo(4);
    }

    @Test
    void pastTheLimitTheFormComesBackAsTypedWithTheWidgetAndASolutionSendsIt() {
        Http http = new Http(port);
        String client = newClientAddress();
        PublicPages visitor = new PublicPages(port, client);
        assertThat(visitor.get("/aanmelden/emmen/gezin").body())
                .as("no widget while within the allowance")
                .doesNotContain("altcha-widget", "altcha.min.js");
        useUpTheAllowance(http, client);

        String name = uniqueName("Formulier");
        HttpResponse<String> asked = visitor.post("/aanmelden/emmen/gezin", form(name));
        assertThat(asked.statusCode()).isEqualTo(429);
        assertThat(asked.body())
                .contains("Nog één stap: even controleren")
                .contains("<altcha-widget name=\"altcha\" language=\"nl\"")
                .contains("challenge=\"/api/v1/public/municipalities/emmen/registrations/challenge\"")
                .contains("<noscript>")
                .contains("src=\"/altcha/altcha.min.js\"")
                .contains("value=\"" + name + "\"");
        assertThat(stored("t_emmen", name)).isZero();
        for (String file : List.of(
                "/altcha/altcha.min.js",
                "/altcha/i18n/nl.js",
                "/altcha/aanmelden-altcha.js",
                "/altcha/workers/sha.js",
                "/altcha/altcha.css")) {
            assertThat(visitor.get(file).statusCode()).as(file).isEqualTo(200);
        }

        Http.Response challenge = http.get("/api/v1/public/municipalities/emmen/registrations/challenge", null);
        List<Map.Entry<String, String>> solved = new java.util.ArrayList<>(form(name));
        solved.add(Map.entry("altcha", ProofOfWorkSolver.solve(challenge.json())));
        HttpResponse<String> sent = visitor.post("/aanmelden/emmen/gezin", solved);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(stored("t_emmen", name)).isEqualTo(1);
    }

    private static void useUpTheAllowance(Http http, String client) {
        for (int i = 0; i < PublicRegistrationTest.PER_CLIENT; i++) {
            Http.Response created = post(http, "emmen", client, Http.json(family(uniqueName("Vooraf"))));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
    }

    private double limited(String municipality, String limit) {
        Counter counter = meters.find("naober.public.registration.limited")
                .tag("municipality", municipality)
                .tag("limit", limit)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static List<Map.Entry<String, String>> form(String firstName) {
        return List.of(
                Map.entry("firstName", firstName),
                Map.entry("phone", "06 12345678"),
                Map.entry("postcode", "7811 AB"),
                Map.entry("numberOfChildren", "1"),
                Map.entry("consent", "true"),
                Map.entry("_consent", "on"),
                Map.entry("website", ""));
    }
}
