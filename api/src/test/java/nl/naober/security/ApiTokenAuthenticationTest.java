package nl.naober.security;

import static nl.naober.support.Http.basic;
import static nl.naober.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import nl.naober.support.Families;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Local mode's API tokens ({@code Authorization: Bearer nbr_…}): a token reads exactly what its account reads with
 * HTTP Basic, with the role and municipality the account has now; an expired or revoked token, or one of a
 * deactivated account, gets 401 Problem Details with a Bearer challenge at its next request; the catalog keeps only
 * the hash; the token appears in no log line; screens do not take it.
 */
@NaoberIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiTokenAuthenticationTest {

    static final String ADMIN = basic("admin.buurtgezinnen");
    static final String MEPPEL = "/api/v1/municipalities/meppel";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void aCoordinatorsTokenReadsWhatItsBasicLoginReadsAndOnlyInItsMunicipality(CapturedOutput output) {
        JsonNode created = createToken("coordinator.meppel", "datawarehouse");
        String token = created.get("token").asString();
        assertThat(token).startsWith("nbr_").hasSize(47); // 32 random bytes, unpadded base64url
        assertThat(created.get("hint").asString()).isEqualTo("nbr_…" + token.substring(43));

        // A write with the token, then the same reads with Basic and with the token.
        Http.Response registered =
                http.post(MEPPEL + "/families", bearer(token), Families.newFamilyJson("Token " + System.nanoTime()));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String familyId = registered.json().get("id").asString();
        Http.Response withBasic = http.get(MEPPEL + "/families?size=50", basic("coordinator.meppel"));
        Http.Response withToken = http.get(MEPPEL + "/families?size=50", bearer(token));
        assertThat(withToken.status()).isEqualTo(200);
        assertThat(withToken.json()).isEqualTo(withBasic.json());
        Http.Response detail = http.get(MEPPEL + "/families/" + familyId, bearer(token));
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json())
                .isEqualTo(http.get(MEPPEL + "/families/" + familyId, basic("coordinator.meppel"))
                        .json());

        // Another municipality's data: the same 404 as with Basic, which does not confirm it exists.
        assertThat(http.get("/api/v1/municipalities/hoogeveen/families", bearer(token))
                        .status())
                .isEqualTo(http.get("/api/v1/municipalities/hoogeveen/families", basic("coordinator.meppel"))
                        .status())
                .isEqualTo(404);
        // Not an administrator either.
        assertThat(http.get("/api/v1/admin/municipalities/meppel/users", bearer(token))
                        .status())
                .isEqualTo(403);

        // Only the SHA-256 is stored: no column of any token row holds the token.
        assertThat(Sql.count("SELECT count(*) FROM platform.api_token WHERE token_hash = ?", sha256(token)))
                .isEqualTo(1);
        assertThat(Sql.count(
                        "SELECT count(*) FROM platform.api_token t WHERE strpos(t::text, ?) > 0",
                        token.substring(4, 40)))
                .isZero();
        assertThat(Sql.count(
                        "SELECT count(*) FROM platform.admin_audit WHERE action = 'API_TOKEN_CREATED'"
                                + " AND target = 'user:coordinator.meppel' AND after_state LIKE ?",
                        "id=" + created.get("id").asLong() + ",%"))
                .isEqualTo(1);
        assertThat(Sql.count(
                        "SELECT count(*) FROM platform.admin_audit WHERE strpos(coalesce(after_state, ''), ?) > 0",
                        token.substring(4, 40)))
                .isZero();

        // A wrong token is refused like a wrong password, with the bearer challenge.
        assertRefused(http.get(MEPPEL + "/families", bearer(token.substring(0, 46) + "x")));
        assertThat(output.getAll()).doesNotContain(token.substring(4));
    }

    @Test
    void aPolicyOfficersTokenGetsWhatAPolicyOfficerGets() {
        String token = createToken("policy.meppel", "monitoring").get("token").asString();

        assertThat(http.get(MEPPEL + "/families", bearer(token)).status())
                .isEqualTo(
                        http.get(MEPPEL + "/families", basic("policy.meppel")).status())
                .isEqualTo(403);
        Http.Response monitoring = http.get(MEPPEL + "/monitoring", bearer(token));
        assertThat(monitoring.status()).isEqualTo(200);
        assertThat(monitoring.json())
                .isEqualTo(
                        http.get(MEPPEL + "/monitoring", basic("policy.meppel")).json());
    }

    @Test
    void anExpiredTokenIsRefused() {
        JsonNode created = createToken("coordinator.meppel", "expires");
        String token = created.get("token").asString();
        assertThat(http.get(MEPPEL + "/families", bearer(token)).status()).isEqualTo(200);

        Sql.execute(
                "UPDATE platform.api_token SET expires_at = now() - interval '1 second' WHERE id = ?",
                created.get("id").asLong());

        assertRefused(http.get(MEPPEL + "/families", bearer(token)));
    }

    @Test
    void aRevokedTokenIsRefusedAtItsNextRequest() {
        JsonNode created = createToken("coordinator.meppel", "revoked");
        String token = created.get("token").asString();
        assertThat(http.get(MEPPEL + "/families", bearer(token)).status()).isEqualTo(200);

        Http.Response revoked =
                http.post(tokens("coordinator.meppel") + "/" + created.get("id").asLong() + "/revoke", ADMIN, "");
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("active").asBoolean()).isFalse();

        // No cache in between: the very next request is refused.
        assertRefused(http.get(MEPPEL + "/families", bearer(token)));
    }

    @Test
    void theTokenOfADeactivatedUserIsRefusedAndWorksAgainWhenTheUserIsActivated() {
        String username = "policy.token-" + Long.toString(System.nanoTime(), 36);
        assertThat(http.post(
                                "/api/v1/admin/municipalities/meppel/users",
                                ADMIN,
                                Http.json(Map.of("username", username, "role", "POLICY_OFFICER")))
                        .status())
                .isEqualTo(201);
        String token = createToken(username, "integration").get("token").asString();
        // The token is the credential: a user who never logged in (still on a one-time password) can use it.
        assertThat(http.get(MEPPEL + "/monitoring", bearer(token)).status()).isEqualTo(200);

        http.post("/api/v1/admin/municipalities/meppel/users/" + username + "/deactivate", ADMIN, "");
        assertRefused(http.get(MEPPEL + "/monitoring", bearer(token)));

        http.post("/api/v1/admin/municipalities/meppel/users/" + username + "/activate", ADMIN, "");
        assertThat(http.get(MEPPEL + "/monitoring", bearer(token)).status()).isEqualTo(200);
    }

    @Test
    void theTokenOfASuspendedMunicipalityIsRefusedAtItsNextRequestAndWorksAgainAfterReactivation() {
        // The token's own lookup is the only check of its municipality per request (StillAdmitted skips tokens).
        String token =
                createToken("coordinator.meppel", "suspension").get("token").asString();
        assertThat(http.get(MEPPEL + "/families", bearer(token)).status()).isEqualTo(200);
        try {
            assertThat(http.post(
                                    "/api/v1/admin/municipalities/meppel/suspend",
                                    ADMIN,
                                    "{\"reason\":\"Test: token bij opschorting\"}")
                            .status())
                    .isEqualTo(200);
            assertRefused(http.get(MEPPEL + "/families", bearer(token)));
        } finally {
            assertThat(http.post("/api/v1/admin/municipalities/meppel/reactivate", ADMIN, "")
                            .status())
                    .isEqualTo(200);
        }
        assertThat(http.get(MEPPEL + "/families", bearer(token)).status()).isEqualTo(200);
    }

    @Test
    void lastUsedIsWrittenAtMostOnceAMinute() {
        JsonNode created = createToken("coordinator.meppel", "last-used");
        String token = created.get("token").asString();
        long id = created.get("id").asLong();
        assertThat(lastUsed(id)).isNull();

        http.get(MEPPEL + "/families", bearer(token));
        assertThat(lastUsed(id)).isNotNull();

        Sql.execute("UPDATE platform.api_token SET last_used_at = now() - interval '30 seconds' WHERE id = ?", id);
        String thirtySecondsAgo = lastUsed(id);
        http.get(MEPPEL + "/families", bearer(token));
        assertThat(lastUsed(id)).as("not written again within the minute").isEqualTo(thirtySecondsAgo);

        Sql.execute("UPDATE platform.api_token SET last_used_at = now() - interval '2 minutes' WHERE id = ?", id);
        String twoMinutesAgo = lastUsed(id);
        http.get(MEPPEL + "/families", bearer(token));
        assertThat(lastUsed(id)).isNotEqualTo(twoMinutesAgo);
    }

    @Test
    void screensDoNotTakeATokenNorAnyOtherBearer() {
        String token = createToken("coordinator.meppel", "screens").get("token").asString();

        Http.Response screen = http.get("/gezinnen", bearer(token));
        assertThat(screen.status()).as("sent to the login page").isEqualTo(302);
        assertThat(screen.header("Location")).endsWith("/login");

        assertRefused(http.get(MEPPEL + "/families", bearer("eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl")));
    }

    private void assertRefused(Http.Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
        assertThat(response.json().get("type").asString()).endsWith("/unauthorized");
    }

    private JsonNode createToken(String username, String name) {
        Http.Response created = http.post(tokens(username), ADMIN, Http.json(Map.of("name", name)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Cache-Control")).contains("no-store");
        return created.json();
    }

    private static String tokens(String username) {
        return "/api/v1/admin/municipalities/meppel/users/" + username + "/api-tokens";
    }

    private static String lastUsed(long id) {
        return Sql.strings("SELECT last_used_at FROM platform.api_token WHERE id = ?", id)
                .get(0);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
