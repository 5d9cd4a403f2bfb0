package nl.naober.privacy.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.support.Browser;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every GET of case work, REST and screens, found from the application's own mappings (so a new endpoint is checked
 * without anyone remembering to): called as the first role it answers, each answer must have written at least one
 * access-log line with its request id, unless it is on the short list of pages that show no person at all.
 */
@NaoberIntegrationTest
class ReadLoggingCoverageTest {

    private static final String CODE = "de-wolden";
    private static final List<String> USERS =
            List.of("coordinator." + CODE, "policy." + CODE, "privacy." + CODE, "admin.buurtgezinnen");
    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)(:[^}]*)?}");

    /**
     * Shown to someone who may see them, and holding no personal data of a family or support family: nothing to log.
     * The approval requests name only staff and the kind of export or removal asked for; retention shows counts; an
     * erasure request names its file by id, the ground and staff (deciding on it is logged, as an anonymisation).
     */
    private static final Set<String> NO_PERSONAL_DATA = Set.of(
            "/gezinnen/nieuw",
            "/steungezinnen/nieuw",
            "/monitoring/evaluatieperiodes",
            "/privacy/verzoeken",
            "/privacy/bewaren",
            "/werk/agenda",
            "/api/v1/municipalities/{code}/privacy-approvals",
            "/api/v1/municipalities/{code}/retention/preview",
            "/api/v1/municipalities/{code}/retention/runs",
            "/api/v1/municipalities/{code}/erasure-requests");

    /**
     * The progress of an import: the uploading coordinator's own file echoed back for an hour (counts, and problems by
     * sheet, row and column), not a read of a stored family or support family; the records it creates are logged as
     * changes when it runs.
     */
    private static final Set<String> IMPORT_JOBS = Set.of("/api/v1/municipalities/{code}/imports/{id}");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyCaseWorkReadWritesItsLine() {
        Http http = new Http(port);
        Map<String, String> ids = caseInDeWolden(http);
        Map<String, Browser> browsers = new LinkedHashMap<>();
        USERS.forEach(user -> browsers.put(user, Browser.loggedIn(port, user)));

        Map<String, String> outcome = new TreeMap<>();
        for (String pattern : casePatterns()) {
            String path = fill(pattern, ids);
            if (IMPORT_JOBS.contains(pattern)) {
                outcome.put(pattern, "import job, no stored record");
                continue;
            }
            if (path == null) {
                outcome.put(pattern, "no id to fill in");
                continue;
            }
            String requestId = null;
            for (String user : USERS) {
                if (pattern.startsWith("/api/")) {
                    Http.Response response = http.get(path, Http.basic(user));
                    if (response.status() == 200) {
                        requestId = response.header("X-Request-Id");
                        break;
                    }
                } else {
                    HttpResponse<String> response = browsers.get(user).get(path);
                    if (response.statusCode() == 200) {
                        requestId =
                                response.headers().firstValue("X-Request-Id").orElse(null);
                        break;
                    }
                }
            }
            if (requestId == null) {
                outcome.put(pattern, "answered nobody with 200");
            } else if (Sql.count("SELECT count(*) FROM t_de_wolden.access_log WHERE request_id = ?", requestId) > 0) {
                outcome.put(pattern, "logged");
            } else {
                outcome.put(pattern, NO_PERSONAL_DATA.contains(pattern) ? "no personal data" : "NOT LOGGED");
            }
        }

        long logged = outcome.values().stream().filter("logged"::equals).count();
        System.out.printf(
                "Read logging: %d of %d case-work GET endpoints and screens wrote a line; %s%n",
                logged, outcome.size(), outcome);
        assertThat(outcome).doesNotContainValue("NOT LOGGED").doesNotContainValue("no id to fill in");
        assertThat(outcome).as("every case-work page answers someone").doesNotContainValue("answered nobody with 200");
        assertThat(logged).isEqualTo(outcome.size() - NO_PERSONAL_DATA.size() - IMPORT_JOBS.size());
    }

    private List<String> casePatterns() {
        List<String> patterns = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> entry :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (pattern.startsWith("/api/v1/municipalities/{code}")
                        || pattern.startsWith("/api/v1/admin/municipalities/{code}/outbox")
                        || pattern.startsWith("/beheer/gemeenten/{code}/e-mail")
                        || pattern.matches("/(gezinnen|steungezinnen|koppelingen|werk|privacy|monitoring)(/.*)?")) {
                    patterns.add(pattern);
                }
            }
        }
        return patterns;
    }

    /** The pattern with its variables filled in from the case, by the segment before each; null when one is unknown. */
    private static String fill(String pattern, Map<String, String> ids) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String before = pattern.substring(0, matcher.start());
            String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
            String value = matcher.group(1).equals("code") ? CODE : ids.get(segment);
            if (value == null) {
                return null;
            }
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** A family, a support family, a match, a self-registration and an evaluation period in De Wolden. */
    private static Map<String, String> caseInDeWolden(Http http) {
        CaseWork work = new CaseWork(http, CODE);
        Set<String> dayParts = Set.of("WEDNESDAY_AFTERNOON");
        JsonNode family = work.waitingFamily(
                "Dekking Gezin",
                dayParts,
                List.of(CaseWork.child("Mila", LocalDate.now().minusYears(6))));
        JsonNode supportFamily = work.makeAvailable(
                work.registerSupportFamily("Dekking Steungezin", 52.72, 6.47, dayParts, 1, Set.of()));
        JsonNode match = work.propose(family, supportFamily, dayParts);
        Http.Response registered =
                http.send(http.request("/api/v1/public/municipalities/" + CODE + "/registrations", null)
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", "198.51.100.77")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Http.json(Map.of(
                                "kind", "FAMILY",
                                "firstName", "Dekking",
                                "phone", "06 12345678",
                                "postcode", "7941 AB",
                                "numberOfChildren", 1,
                                "consent", true)))));
        assertThat(registered.status()).as(registered.body()).isIn(200, 201, 202);
        String registration = Sql.strings(
                        "SELECT id::text FROM t_de_wolden.public_registration ORDER BY received_at DESC LIMIT 1")
                .get(0);
        Http.Response period = http.post(
                "/api/v1/admin/municipalities/" + CODE + "/evaluation-periods",
                Http.basic("admin.buurtgezinnen"),
                Http.json(Map.of(
                        "name", "Dekking " + UUID.randomUUID(),
                        "start", "2025-01-01",
                        "end", "2025-12-31",
                        "evaluationDate", "2026-01-31")));
        assertThat(period.status()).as(period.body()).isEqualTo(201);
        Http.Response appointment = http.post(
                work.base() + "/appointments",
                work.coordinator(),
                Http.json(Map.of(
                        "kind",
                        "FAMILY_INTAKE",
                        "subjectId",
                        CaseWork.id(family).toString(),
                        "date",
                        LocalDate.now().plusDays(1).toString(),
                        "time",
                        "10:00")));
        assertThat(appointment.status()).as(appointment.body()).isEqualTo(201);
        return Map.ofEntries(
                Map.entry("appointments", appointment.json().get("id").asString()),
                Map.entry("families", CaseWork.id(family).toString()),
                Map.entry("gezinnen", CaseWork.id(family).toString()),
                Map.entry("kinderen", family.get("children").get(0).get("id").asString()),
                Map.entry("status", "WITHDRAWN"),
                Map.entry("support-families", CaseWork.id(supportFamily).toString()),
                Map.entry("steungezinnen", CaseWork.id(supportFamily).toString()),
                Map.entry("matches", CaseWork.id(match).toString()),
                Map.entry("koppelingen", CaseWork.id(match).toString()),
                Map.entry("registrations", registration),
                Map.entry("evaluation-periods", period.json().get("id").asString()),
                Map.entry("evaluatieperiodes", period.json().get("id").asString()));
    }
}
