package nl.naober.administration.organisation;

import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Creating, listing and revoking API tokens: only the network admin of the user's municipality may, a list never
 * shows a token, and an expiry is after today and at most a year ahead (90 days when none is given).
 */
@NaoberIntegrationTest
class ApiTokenAdminTest {

    static final String ADMIN = basic("admin.buurtgezinnen");
    static final String COORDINATOR_TOKENS = "/api/v1/admin/municipalities/meppel/users/coordinator.meppel/api-tokens";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theNetworkAdminCreatesListsAndRevokesAndTheListNeverShowsTheToken() {
        Http.Response created = http.post(COORDINATOR_TOKENS, ADMIN, Http.json(Map.of("name", "website")));
        assertThat(created.status()).isEqualTo(201);
        JsonNode token = created.json();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(Instant.parse(token.get("expiresAt").asString()))
                .as("default: 90 days, to the end of that day")
                .isEqualTo(today.plusDays(91).atStartOfDay(ZoneOffset.UTC).toInstant());
        String secret = token.get("token").asString();

        Http.Response list = http.get(COORDINATOR_TOKENS, ADMIN);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(secret).doesNotContain(secret.substring(4, 43));
        JsonNode listed = findById(list.json(), token.get("id").asLong());
        assertThat(listed.get("name").asString()).isEqualTo("website");
        assertThat(listed.get("hint").asString()).isEqualTo("nbr_…" + secret.substring(43));
        assertThat(listed.get("createdBy").asString()).isEqualTo("admin.buurtgezinnen");
        assertThat(listed.get("active").asBoolean()).isTrue();

        Http.Response revoked =
                http.post(COORDINATOR_TOKENS + "/" + token.get("id").asLong() + "/revoke", ADMIN, "");
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("revokedAt").isNull()).isFalse();
        assertThat(findById(
                                http.get(COORDINATOR_TOKENS, ADMIN).json(),
                                token.get("id").asLong())
                        .get("active")
                        .asBoolean())
                .isFalse();
        assertThat(nl.naober.support.Sql.count(
                        "SELECT count(*) FROM platform.admin_audit WHERE action = 'API_TOKEN_REVOKED'"
                                + " AND target = 'user:coordinator.meppel' AND after_state LIKE ?",
                        "id=" + token.get("id").asLong() + ",%"))
                .isEqualTo(1);
    }

    @Test
    void anExpiryIsAfterTodayAndAtMostAYearAheadAndANameIsRequired() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(create(Map.of("name", "x", "expiresOn", today.toString())).status())
                .isEqualTo(409);
        assertThat(create(Map.of(
                                "name",
                                "x",
                                "expiresOn",
                                today.plusYears(1).plusDays(1).toString()))
                        .status())
                .isEqualTo(409);
        Http.Response inAYear =
                create(Map.of("name", "x", "expiresOn", today.plusYears(1).toString()));
        assertThat(inAYear.status()).isEqualTo(201);
        assertThat(Instant.parse(inAYear.json().get("expiresAt").asString()))
                .isEqualTo(today.plusYears(1)
                        .plusDays(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant());
        assertThat(Instant.parse(inAYear.json().get("expiresAt").asString()))
                .isBefore(Instant.now().plus(367, ChronoUnit.DAYS));
        assertThat(create(Map.of("name", " ")).status()).isEqualTo(400);
    }

    @Test
    void nobodyButTheNetworkAdminOfTheUsersMunicipalityCreatesListsOrRevokesTokens() {
        long id = create(Map.of("name", "isolation")).json().get("id").asLong();
        String revoke = COORDINATOR_TOKENS + "/" + id + "/revoke";
        String body = Http.json(Map.of("name", "intruder"));

        // Another network's admin: as if the municipality did not exist.
        String otherNetwork = basic("admin.steunoudernl");
        assertThat(http.get(COORDINATOR_TOKENS, otherNetwork).status()).isEqualTo(404);
        assertThat(http.post(COORDINATOR_TOKENS, otherNetwork, body).status()).isEqualTo(404);
        assertThat(http.post(revoke, otherNetwork, "").status()).isEqualTo(404);
        // The coordinator itself, a policy officer and the platform admin: not administrators of users.
        for (String caller : new String[] {"coordinator.meppel", "policy.meppel", "privacy.meppel", "admin.platform"}) {
            assertThat(http.get(COORDINATOR_TOKENS, basic(caller)).status())
                    .as(caller)
                    .isEqualTo(403);
            assertThat(http.post(COORDINATOR_TOKENS, basic(caller), body).status())
                    .as(caller)
                    .isEqualTo(403);
            assertThat(http.post(revoke, basic(caller), "").status()).as(caller).isEqualTo(403);
        }
        // Anonymous.
        assertThat(http.get(COORDINATOR_TOKENS, null).status()).isEqualTo(401);
        assertThat(http.post(COORDINATOR_TOKENS, null, body).status()).isEqualTo(401);
        assertThat(http.post(revoke, null, "").status()).isEqualTo(401);
        // The right admin, but a user of another municipality under this one's path, or another user's token.
        assertThat(http.get("/api/v1/admin/municipalities/meppel/users/coordinator.hoogeveen/api-tokens", ADMIN)
                        .status())
                .isEqualTo(404);
        assertThat(http.post("/api/v1/admin/municipalities/meppel/users/admin.buurtgezinnen/api-tokens", ADMIN, body)
                        .status())
                .as("no tokens for network admins here")
                .isEqualTo(404);
        assertThat(http.post(
                                "/api/v1/admin/municipalities/meppel/users/policy.meppel/api-tokens/" + id + "/revoke",
                                ADMIN,
                                "")
                        .status())
                .isEqualTo(404);

        assertThat(findById(http.get(COORDINATOR_TOKENS, ADMIN).json(), id)
                        .get("active")
                        .asBoolean())
                .as("still active after all those attempts")
                .isTrue();
    }

    private Http.Response create(Map<String, String> body) {
        return http.post(COORDINATOR_TOKENS, ADMIN, Http.json(body));
    }

    private static JsonNode findById(JsonNode list, long id) {
        for (JsonNode token : list) {
            if (token.get("id").asLong() == id) {
                return token;
            }
        }
        throw new AssertionError("token " + id + " not in " + list);
    }
}
