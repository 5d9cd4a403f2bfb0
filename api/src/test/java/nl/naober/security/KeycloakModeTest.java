package nl.naober.security;

import static nl.naober.support.Families.newFamilyJson;
import static nl.naober.support.Families.path;
import static nl.naober.support.Families.rowsInSchema;
import static nl.naober.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.naober.support.Http;
import nl.naober.support.Sql;
import nl.naober.support.TestDatabaseInitializer;
import nl.naober.support.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Keycloak mode with bearer tokens signed by a key served over HTTP as a JWKS: only a right token of the right
 * issuer for this audience gets in, and then the same authorization rules hold as in local mode.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "naober.demo.case-data.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class KeycloakModeTest {

    static final TestIssuer issuer = TestIssuer.start();
    static final TestIssuer otherRealm = TestIssuer.start();

    @LocalServerPort
    int port;

    Http http;

    @DynamicPropertySource
    static void keycloakMode(DynamicPropertyRegistry properties) {
        properties.add("naober.oidc.issuer-uri", issuer::issuer);
    }

    @AfterAll
    static void stopIssuers() {
        issuer.close();
        otherRealm.close();
    }

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theRightTokenIsAccepted() {
        String token = issuer.token("coordinator.meppel", "coordinator", "meppel");
        int rows = rowsInSchema("t_meppel");

        assertThat(http.get(path("meppel"), bearer(token)).status()).isEqualTo(200);
        assertThat(http.post(path("meppel"), bearer(token), newFamilyJson("Via Keycloak"))
                        .status())
                .isEqualTo(201);
        assertThat(rowsInSchema("t_meppel")).isEqualTo(rows + 1);
    }

    @Test
    void keycloaksOrganizationMapFormIsUnderstoodToo() {
        String token = issuer.token(
                "coordinator.emmen",
                "coordinator",
                null,
                claims -> claims.claim("organization", Map.of("emmen", Map.of("id", "4b1c"))));
        assertThat(http.get(path("emmen"), bearer(token)).status()).isEqualTo(200);
    }

    @Test
    void wrongIssuerAudienceExpiryAlgorithmOrSignatureIsUnauthorized() {
        String valid = issuer.token("coordinator.meppel", "coordinator", "meppel");
        List<String> refused = List.of(
                otherRealm.token("coordinator.meppel", "coordinator", "meppel"),
                issuer.token(
                        "coordinator.meppel",
                        "coordinator",
                        "meppel",
                        claims -> claims.issuer("http://127.0.0.1:1/realms/naober")),
                issuer.token("coordinator.meppel", "coordinator", "meppel", claims -> claims.audience("other-client")),
                issuer.token(
                        "coordinator.meppel",
                        "coordinator",
                        "meppel",
                        claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(600)))
                                .issueTime(Date.from(Instant.now().minusSeconds(900)))),
                issuer.unsignedToken("coordinator.meppel", "coordinator", "meppel"),
                tamper(valid),
                "not-a-jwt");
        for (String token : refused) {
            Http.Response response = http.get(path("meppel"), bearer(token));
            assertThat(response.status()).as(token).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(http.get(path("meppel"), null).status()).isEqualTo(401);
    }

    @Test
    void aTokenWithoutMembershipIsForbiddenEverywhere() {
        String noMembership = issuer.token("coordinator.nowhere", "coordinator", null);
        String noNaoberRole = issuer.token("someone", "offline_access", "meppel");
        String twoMemberships = issuer.token(
                "coordinator.both",
                "coordinator",
                null,
                claims -> claims.claim("organization", List.of("meppel", "hoogeveen")));
        for (String token : List.of(noMembership, noNaoberRole, twoMemberships)) {
            assertThat(http.get(path("meppel"), bearer(token)).status()).isEqualTo(403);
            assertThat(http.get(path("atlantis"), bearer(token)).status()).isEqualTo(403);
            assertThat(http.post(path("meppel"), bearer(token), newFamilyJson("Geen lid"))
                            .status())
                    .isEqualTo(403);
        }
    }

    /** Taking the first of several roles would give a policy officer who is also a coordinator the case files. */
    @Test
    void aTokenWithMoreThanOneNaoberRoleIsForbidden() {
        String twoRoles = issuer.token(
                "coordinator.and.policy",
                "coordinator",
                "meppel",
                claims -> claims.claim("realm_access", Map.of("roles", List.of("policy-officer", "coordinator"))));
        Http.Response refused = http.get(path("meppel"), bearer(twoRoles));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.post(path("meppel"), bearer(twoRoles), newFamilyJson("Twee rollen"))
                        .status())
                .isEqualTo(403);
        String oneRoleAmongOthers = issuer.token(
                "coordinator.meppel",
                "coordinator",
                "meppel",
                claims -> claims.claim(
                        "realm_access",
                        Map.of("roles", List.of("offline_access", "coordinator", "uma_authorization"))));
        assertThat(http.get(path("meppel"), bearer(oneRoleAmongOthers)).status())
                .isEqualTo(200);
    }

    @Test
    void rolesAndMunicipalitiesFromTheTokenDecideLikeInLocalMode() {
        assertThat(http.get(path("meppel"), bearer(issuer.token("coordinator.hoogeveen", "coordinator", "hoogeveen")))
                        .status())
                .isEqualTo(404);
        assertThat(http.get(path("meppel"), bearer(issuer.token("policy.meppel", "policy-officer", "meppel")))
                        .status())
                .isEqualTo(403);
        assertThat(http.get(path("meppel"), bearer(issuer.token("admin.steunoudernl", "network-admin", "steunoudernl")))
                        .status())
                .isEqualTo(404);
    }

    /** Changes the payload but keeps the original signature. */
    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String forged = payload.replace("\"meppel\"", "\"hoogeveen\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes()) + "."
                + parts[2];
    }

    @Test
    void aLocalModeApiTokenIsNotAcceptedInKeycloakMode() {
        String token = "nbr_" + "K".repeat(39)
                + Long.toString(System.nanoTime() % 10_000 + 10_000).substring(1);
        Sql.execute(
                "INSERT INTO platform.api_token (token_hash, last_four, name, account_id, created_by, created_at,"
                        + " expires_at) SELECT ?, right(?, 4), 'keycloak mode', id, 'test', now(),"
                        + " now() + interval '1 day' FROM platform.local_account WHERE username = 'coordinator.meppel'",
                ApiTokenAuthenticationTest.sha256(token),
                token);
        assertThat(Sql.count(
                        "SELECT count(*) FROM platform.api_token WHERE token_hash = ?",
                        ApiTokenAuthenticationTest.sha256(token)))
                .as("a valid token of a local account exists")
                .isEqualTo(1);

        Http.Response response = http.get(path("meppel"), bearer(token));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }
}
