package nl.naober.security;

import static nl.naober.support.ExpectedHeaders.assertApiHeaders;
import static nl.naober.support.ExpectedHeaders.assertScreenHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.support.Browser;
import nl.naober.support.CaseWork;
import nl.naober.support.ExpectedHeaders;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every screen, found from the application's own GET mappings (so a new screen is checked without anyone
 * remembering to), opened over real HTTP by each role of Borger-Odoorn and its network's admin: every answer, the
 * page itself, its "no access" or "not found" page and Spring's error page alike, carries the screens' policy. Every
 * REST GET carries the API's. Strict-Transport-Security only over HTTPS, never because a client says so: without
 * {@code server.forward-headers-strategy} an {@code X-Forwarded-Proto: https} is ignored (and
 * {@code ProdProfileTest} shows it with the setting, as under {@code prod}).
 */
@NaoberIntegrationTest
class ScreenHeadersTest {

    private static final String CODE = "borger-odoorn";
    private static final List<String> USERS =
            List.of("coordinator." + CODE, "policy." + CODE, "privacy." + CODE, "admin.steunoudernl", "admin.platform");
    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)(:([^}]*))?}");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyScreenAnswersEveryRoleWithTheScreensPolicy() {
        Http http = new Http(port);
        Map<String, String> ids = caseInBorgerOdoorn(http);
        Map<String, Browser> browsers = new LinkedHashMap<>();
        USERS.forEach(user -> browsers.put(user, Browser.loggedIn(port, user)));
        Browser anonymous = Browser.anonymous(port);

        Map<String, String> shownAsPage = new TreeMap<>();
        Set<String> answered = new TreeSet<>();
        for (String pattern : patterns(false)) {
            String path = fill(pattern, ids);
            for (Map.Entry<String, Browser> user : browsers.entrySet()) {
                HttpResponse<String> response = user.getValue().get(path);
                String what = pattern + " as " + user.getKey() + " (" + response.statusCode() + ")";
                assertScreenHeaders(what, response.headers());
                answered.add(what);
                if (response.statusCode() == 200 && isHtml(response.headers())) {
                    shownAsPage.putIfAbsent(pattern, user.getKey());
                }
            }
            HttpResponse<String> response = anonymous.get(path);
            assertScreenHeaders(pattern + " anonymously (" + response.statusCode() + ")", response.headers());
        }
        System.out.printf(
                "Screen headers: %d answers checked, %d screens shown as a page: %s%n",
                answered.size(), shownAsPage.size(), shownAsPage);
        assertThat(shownAsPage.keySet())
                .as("the walk reached the screens as their own role, not only refusals")
                .contains(
                        "/",
                        "/login",
                        "/werk",
                        "/gezinnen",
                        "/gezinnen/{id}",
                        "/steungezinnen/{id}",
                        "/koppelingen/{id}",
                        "/monitoring",
                        "/monitoring/evaluatieperiodes/{id}",
                        "/beheer",
                        "/beheer/gemeenten/{code}",
                        "/beheer/monitoring",
                        "/privacy/logboek",
                        "/aanmelden/{code}");
    }

    @Test
    void errorPagesAndStaticFilesCarryThePolicyToo() {
        Browser coordinator = Browser.loggedIn(port, "coordinator." + CODE);
        for (String path : List.of(
                "/bestaat-niet",
                "/gezinnen/" + UUID.randomUUID(),
                "/beheer/gemeenten/meppel",
                "/error",
                "/css/naober.css",
                "/js/monitoring-charts.js",
                "/login?error")) {
            HttpResponse<String> response = coordinator.get(path);
            assertScreenHeaders(path + " (" + response.statusCode() + ")", response.headers());
        }
        HttpResponse<String> login = Browser.anonymous(port).get("/werk");
        assertThat(login.uri().getPath()).isEqualTo("/login");
        assertScreenHeaders("the login page a visitor is sent to", login.headers());
    }

    @Test
    void swaggerUiMayOnlyInlineItsStyles() {
        HttpResponse<String> ui = Browser.anonymous(port).get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        Map<String, String> csp = ExpectedHeaders.directives(
                ui.headers().firstValue("Content-Security-Policy").orElse(""));
        assertThat(csp)
                .containsEntry("script-src", "'self'")
                .containsEntry("style-src", "'self' 'unsafe-inline'")
                .containsEntry("object-src", "'none'")
                .containsEntry("frame-ancestors", "'none'")
                .containsEntry("form-action", "'self'");
        assertThat(ui.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void everyRestAnswerCarriesTheApiPolicy() {
        Http http = new Http(port);
        Map<String, String> ids = caseInBorgerOdoorn(http);
        int checked = 0;
        for (String pattern : patterns(true)) {
            String path = fill(pattern, ids);
            for (String user : USERS) {
                Http.Response response = http.get(path, Http.basic(user));
                assertApiHeaders(
                        pattern + " as " + user + " (" + response.status() + ")",
                        response.raw().headers());
                checked++;
            }
            Http.Response anonymous = http.get(path, null);
            assertApiHeaders(
                    pattern + " anonymously (" + anonymous.status() + ")",
                    anonymous.raw().headers());
        }
        Http.Response publicApi =
                http.send(http.request("/api/v1/public/municipalities/" + CODE + "/registrations", null)
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertApiHeaders(
                "the public registration API (" + publicApi.status() + ")",
                publicApi.raw().headers());
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void aClientSayingHttpsIsNotBelievedWithoutTheForwardHeadersSetting() {
        Http http = new Http(port);
        for (String path : List.of("/login", "/aanmelden/" + CODE, "/api/v1/municipalities/" + CODE + "/families")) {
            HttpHeaders plain = http.get(path, null).raw().headers();
            HttpHeaders claimed = http.send(http.request(path, null)
                            .header("X-Forwarded-Proto", "https")
                            .GET())
                    .raw()
                    .headers();
            assertThat(plain.firstValue("Strict-Transport-Security"))
                    .as(path + " over HTTP")
                    .isEmpty();
            assertThat(claimed.firstValue("Strict-Transport-Security"))
                    .as(path + " with X-Forwarded-Proto: https from an untrusted client")
                    .isEmpty();
        }
    }

    private List<String> patterns(boolean api) {
        List<String> patterns = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> entry :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                // the calendar feed is data for a calendar program, not a page: it answers with the API's policy
                boolean isApi = pattern.startsWith("/api/") || pattern.startsWith("/agenda/");
                if (isApi == api && !pattern.startsWith("/v3/") && !pattern.startsWith("/swagger-ui")) {
                    patterns.add(pattern);
                }
            }
        }
        return patterns;
    }

    /**
     * The pattern with its variables filled in: the municipality, an id of the case by the segment before it, the
     * first alternative of a variable with a pattern; an unknown id gets a fresh one (a "not found" page, which must
     * carry the policy as well).
     */
    private static String fill(String pattern, Map<String, String> ids) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String before = pattern.substring(0, matcher.start());
            String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
            String value;
            if (matcher.group(1).equals("code")) {
                value = CODE;
            } else if (matcher.group(3) != null) {
                value = matcher.group(3).split("\\|")[0];
            } else if (matcher.group(1).equals("username")) {
                value = "coordinator." + CODE;
            } else {
                value = ids.getOrDefault(segment, UUID.randomUUID().toString());
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static boolean isHtml(HttpHeaders headers) {
        return headers.firstValue("Content-Type").orElse("").startsWith("text/html");
    }

    /** A family, a support family, a match and an evaluation period in Borger-Odoorn. */
    private static Map<String, String> caseInBorgerOdoorn(Http http) {
        CaseWork work = new CaseWork(http, CODE);
        Set<String> dayParts = Set.of("THURSDAY_AFTERNOON");
        JsonNode family = work.waitingFamily(
                "Kopregels Gezin",
                dayParts,
                List.of(CaseWork.child("Noor", LocalDate.now().minusYears(7))));
        JsonNode supportFamily = work.makeAvailable(
                work.registerSupportFamily("Kopregels Steungezin", 52.87, 6.92, dayParts, 1, Set.of()));
        JsonNode match = work.propose(family, supportFamily, dayParts);
        Http.Response period = http.post(
                "/api/v1/admin/municipalities/" + CODE + "/evaluation-periods",
                Http.basic("admin.steunoudernl"),
                Http.json(Map.of(
                        "name", "Kopregels " + UUID.randomUUID(),
                        "start", "2025-01-01",
                        "end", "2025-12-31",
                        "evaluationDate", "2026-01-31")));
        assertThat(period.status()).as(period.body()).isEqualTo(201);
        String periodId = period.json().get("id").asString();
        return Map.of(
                "families", CaseWork.id(family).toString(),
                "gezinnen", CaseWork.id(family).toString(),
                "support-families", CaseWork.id(supportFamily).toString(),
                "steungezinnen", CaseWork.id(supportFamily).toString(),
                "matches", CaseWork.id(match).toString(),
                "koppelingen", CaseWork.id(match).toString(),
                "evaluation-periods", periodId,
                "evaluatieperiodes", periodId);
    }
}
