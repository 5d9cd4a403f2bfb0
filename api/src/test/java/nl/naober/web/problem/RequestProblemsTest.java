package nl.naober.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the hostile-input run found answered in another shape than Problem Details, or as a 500: requests Tomcat
 * refuses itself (HTML), parameters it cannot decode (Spring's default JSON), a Content-Type of {@code *}{@code /*}
 * (500), a conversion error repeating the value sent, a date so far off that adding a day overflows (500), a NUL in
 * a query value (500 from PostgreSQL).
 */
@NaoberIntegrationTest
class RequestProblemsTest {

    private static final String FAMILIES = "/api/v1/municipalities/de-wolden/families";
    private static final String COORDINATOR = "coordinator.de-wolden";
    private static final String PRIVACY = "privacy.de-wolden";

    @LocalServerPort
    int port;

    @Test
    void pathsTomcatRefusesItselfAreAnsweredWithProblemDetailsForTheApiAndADutchPageForScreens() {
        for (String target : new String[] {
            FAMILIES + "/%00", FAMILIES + "/%ED%A0%80", FAMILIES + "/%25_%5C", FAMILIES + "/" + "1".repeat(10_000)
        }) {
            RawRequest answer = RawRequest.send(port, "GET", target, COORDINATOR, null, null);
            assertThat(answer.status())
                    .as(target.substring(0, Math.min(80, target.length())))
                    .isBetween(400, 404);
            assertThat(answer.contentType())
                    .as(target.substring(0, Math.min(80, target.length())) + ": " + answer.body())
                    .startsWith("application/problem+json");
            assertThat(answer.body()).contains("\"status\":" + answer.status()).doesNotContain("Tomcat");
        }
        RawRequest screen = RawRequest.send(port, "GET", "/gezinnen/%00", null, null, null);
        assertThat(screen.status()).isEqualTo(400);
        assertThat(screen.contentType()).startsWith("text/html");
        assertThat(screen.body()).contains("lang=\"nl\"", "Ongeldig verzoek").doesNotContain("Tomcat");
    }

    @Test
    void aQueryThatDoesNotDecodeIsABadRequestWithProblemDetails() {
        for (String query : new String[] {"q=%E0%A4%A", "q=%zz", "page=%ED%A0%80", "size=%"}) {
            RawRequest answer = RawRequest.send(port, "GET", FAMILIES + "?" + query, COORDINATOR, null, null);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.contentType()).as(query + ": " + answer.body()).startsWith("application/problem+json");
            assertThat(answer.body()).contains("/problems/bad-query");
        }
    }

    @Test
    void aNulInAQueryValueIsRefusedNamingTheParameterAndNotSearchedFor() {
        RawRequest answer = RawRequest.send(
                port, "GET", "/api/v1/municipalities/de-wolden/access-log.csv?username=a%00b", PRIVACY, null, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"field\":\"username\"");
    }

    @Test
    void aUsernameNoLoginCanHaveIsRefusedSoTheLogsOwnLineAboutTheSearchHoldsNoMarkup() {
        String search = "/api/v1/municipalities/de-wolden/access-log?username=";
        RawRequest answer =
                RawRequest.send(port, "GET", search + "%3Cscript%3Ealert(1)%3C%2Fscript%3E", PRIVACY, null, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"username\"").doesNotContain("<script");
        RawRequest log = RawRequest.send(port, "GET", search + "privacy.de-wolden&size=100", PRIVACY, null, null);
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body()).contains("user=privacy.de-wolden").doesNotContain("<script");
    }

    @Test
    void aNameTheCallerChoseIsNotSentBackWhenItIsNoPlainName() {
        RawRequest field = RawRequest.send(
                port, "POST", FAMILIES, COORDINATOR, "application/json", "{\"<script>alert(1)</script>\":1}");
        assertThat(field.status()).as(field.body()).isEqualTo(400);
        assertThat(field.body()).doesNotContain("<script").contains("\"field\":\"?\"");
        RawRequest parameter = RawRequest.send(
                port, "GET", FAMILIES + "?%3Cscript%3Ealert(1)%3C%2Fscript%3E=a%00", COORDINATOR, null, null);
        assertThat(parameter.status()).as(parameter.body()).isEqualTo(400);
        assertThat(parameter.body()).doesNotContain("<script").contains("\"field\":\"?\"");
    }

    @Test
    void aWildcardContentTypeIsUnsupportedNotAServerError() {
        for (String type : new String[] {"*/*", "application/*"}) {
            RawRequest answer = RawRequest.send(port, "POST", FAMILIES, COORDINATOR, type, "{\"parentName\":\"X\"}");
            assertThat(answer.status()).as(type + ": " + answer.body()).isEqualTo(415);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aValueThatDoesNotConvertIsNamedButNeverRepeated() {
        String script = "%3Cscript%3Ealert%281%29%3C%2Fscript%3E";
        for (String target : new String[] {
            "/api/v1/municipalities/de-wolden/access-log.csv?to=" + script, FAMILIES + "/%3Cscript%3Ealert(1)"
        }) {
            RawRequest answer =
                    RawRequest.send(port, "GET", target, target.contains("access") ? PRIVACY : COORDINATOR, null, null);
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body())
                    .as(target + ": " + answer.body())
                    .doesNotContain("<script")
                    .contains("\"field\":\"" + (target.contains("to=") ? "to" : "id") + "\"");
        }
    }

    @Test
    void aDateBeyondTheYear9999IsRefusedNamingTheParameter() {
        RawRequest answer = RawRequest.send(
                port,
                "GET",
                "/api/v1/admin/networks/buurtgezinnen/monitoring?to=%2B999999999-12-31",
                "admin.buurtgezinnen",
                null,
                null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"field\":\"to\"").doesNotContain("999999999");
    }
}
