package nl.naober.web;

import static nl.naober.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import nl.naober.support.ExpectedHeaders;
import nl.naober.support.Http;
import nl.naober.support.TestDatabaseInitializer;
import nl.naober.support.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What an outside caller reaches under {@code prod}: no API description, no actuator on the public port. The
 * actuator answers on its own port (here a random one), which is not published outside the cluster.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", "naober.jobs.enabled=false"})
@ActiveProfiles("prod")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ProdProfileTest {

    static final TestIssuer issuer = TestIssuer.start();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void keycloakMode(DynamicPropertyRegistry properties) {
        properties.add("naober.oidc.issuer-uri", issuer::issuer);
    }

    @AfterAll
    static void stopIssuer() {
        issuer.close();
    }

    @Test
    void theApiDescriptionIsOffUnlessAskedFor() {
        Http http = new Http(port);
        for (String path : new String[] {
            "/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html", "/swagger-ui/index.html"
        }) {
            assertThat(http.get(path, null).status()).as(path).isIn(302, 401, 404);
            assertThat(http.get(path, null).body()).as(path).doesNotContain("openapi");
        }
    }

    @Test
    void theActuatorIsServedOnTheManagementPortOnly() {
        assertThat(managementPort).isNotEqualTo(port);
        Http publicPort = new Http(port);
        for (String token : new String[] {null, bearer(TestDatabaseInitializer.SCRAPE_TOKEN)}) {
            Http.Response metrics = publicPort.get("/actuator/prometheus", token);
            assertThat(metrics.status()).isIn(401, 404);
            assertThat(metrics.body()).doesNotContain("naober_");
            assertThat(publicPort.get("/actuator/health", token).status()).isIn(401, 404);
        }

        Http management = new Http(managementPort);
        Http.Response metrics = management.get("/actuator/prometheus", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("hikaricp_connections");
        Http.Response readiness = management.get("/actuator/health/readiness", null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
        assertThat(readiness.json().has("components")).isFalse();
    }

    @Test
    void behindTheIngressHttpsAnswersPinHttpsAndTheLogoutMayGoOnToKeycloak() {
        // prod trusts the proxy's X-Forwarded-Proto (server.forward-headers-strategy: native; localhost is a proxy)
        Http http = new Http(port);
        String keycloak = URI.create(issuer.issuer()).resolve("/").toString().replaceAll("/$", "");
        for (String path : List.of("/login", "/aanmelden/emmen", "/api/v1/municipalities/emmen/families")) {
            HttpHeaders secure = http.send(http.request(path, null)
                            .header("X-Forwarded-Proto", "https")
                            .GET())
                    .raw()
                    .headers();
            assertThat(secure.firstValue("Strict-Transport-Security"))
                    .as(path + " over HTTPS")
                    .hasValueSatisfying(value -> assertThat(value)
                            .containsPattern("max-age=(3153600\\d|[4-9]\\d{7}|\\d{9,})")
                            .contains("includeSubDomains"));
            assertThat(http.get(path, null).raw().headers().firstValue("Strict-Transport-Security"))
                    .as(path + " over HTTP")
                    .isEmpty();
        }
        HttpHeaders login = http.get("/login", null).raw().headers();
        ExpectedHeaders.assertScreenHeaders("the keycloak-mode login page", login);
        // The logout form posts to /logout, which redirects to Keycloak's end-session endpoint: browsers hold a
        // form's redirects to form-action too.
        assertThat(ExpectedHeaders.directives(
                                login.firstValue("Content-Security-Policy").orElseThrow())
                        .get("form-action"))
                .isEqualTo("'self' " + keycloak);
        ExpectedHeaders.assertApiHeaders(
                "REST under prod",
                http.get("/api/v1/municipalities/emmen/families", null).raw().headers());
    }
}
