package nl.naober.web;

import static nl.naober.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health, metrics and API docs for operators; the Dutch start page for people. */
@NaoberIntegrationTest
class OperationsAndScreensTest {

    @LocalServerPort
    int port;

    @Test
    void healthIsUpWithLivenessAndReadinessIncludingTheDatabase() {
        Http http = new Http(port);
        Http.Response health = http.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().has("components"))
                .as("components only to the scraper")
                .isFalse();
        assertThat(http.get("/actuator/health/liveness", null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("UP");
        Http.Response anonymousReadiness = http.get("/actuator/health/readiness", null);
        assertThat(anonymousReadiness.json().get("status").asString()).isEqualTo("UP");
        assertThat(anonymousReadiness.json().has("components")).isFalse();
        Http.Response readiness = http.get("/actuator/health/readiness", bearer(TestDatabaseInitializer.SCRAPE_TOKEN));
        assertThat(readiness.json().get("components").get("db").get("status").asString())
                .isEqualTo("UP");
        assertThat(readiness.body()).doesNotContain("jdbc:").doesNotContain("postgres");
    }

    @Test
    void prometheusExposesTheTenantMigrationCounterToTheScraperOnly() {
        Http http = new Http(port);
        Http.Response metrics = http.get("/actuator/prometheus", bearer(TestDatabaseInitializer.SCRAPE_TOKEN));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("naober_tenant_liquibase_runs_total")
                .contains("hikaricp_connections");
        for (String refused : new String[] {null, bearer("wrong-token"), bearer(""), Http.basic("admin.platform")}) {
            Http.Response response = http.get("/actuator/prometheus", refused);
            assertThat(response.status()).as(String.valueOf(refused)).isEqualTo(401);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("municipality=");
        }
        assertThat(http.get("/actuator/env", bearer(TestDatabaseInitializer.SCRAPE_TOKEN))
                        .status())
                .isIn(403, 404);
    }

    @Test
    void theOpenApiDocumentDescribesTheFamiliesEndpoint() {
        Http http = new Http(port);
        Http.Response docs = http.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/municipalities/{code}/families"))
                .isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/municipalities/{code}/families/{id}"))
                .isTrue();
        assertThat(http.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    @Test
    void theStartPageAsksForALoginAndThenLeadsToTheWorkShowingWhoYouAre() throws Exception {
        assertThat(logInAndOpenStartPage("coordinator.midden-drenthe", "/werk"))
                .contains("Ingelogd als coordinator.midden-drenthe")
                .contains("Coördinator, Midden-Drenthe");
        assertThat(logInAndOpenStartPage("admin.buurtgezinnen", "/beheer"))
                .contains("Ingelogd als admin.buurtgezinnen")
                .contains("Netwerkbeheerder, Buurtgezinnen");
    }

    private String logInAndOpenStartPage(String username, String work) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String base = "http://localhost:" + port;

        HttpResponse<String> loginPage = browser.send(
                // Screens stay Dutch whatever the browser prefers.
                HttpRequest.newBuilder(URI.create(base + "/"))
                        .header("Accept-Language", "en-US,en;q=0.9")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.uri().getPath()).isEqualTo("/login");
        assertThat(loginPage.body())
                .contains("<html lang=\"nl\"")
                .contains("Gebruikersnaam")
                .contains("Wachtwoord");

        HttpResponse<String> start = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                                + Http.DEMO_PASSWORD + "&_csrf=" + csrfToken(loginPage.body())))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(start.uri().getPath()).isEqualTo(work);
        return start.body();
    }

    private static String csrfToken(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("login form carries a CSRF token").isTrue();
        return matcher.group(1);
    }
}
