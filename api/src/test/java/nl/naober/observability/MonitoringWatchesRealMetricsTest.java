package nl.naober.observability;

import static nl.naober.support.Families.newFamilyJson;
import static nl.naober.support.Families.path;
import static nl.naober.support.Http.basic;
import static nl.naober.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.observability.metrics.BusinessMetrics;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.TestDatabaseInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alert rules and the Grafana dashboard in infra/monitoring watch metrics this application really exports: every
 * metric name in their expressions is in a real scrape of {@code /actuator/prometheus} after a few requests. A rule
 * on a misspelt or vanished metric would otherwise stay silent forever. The same scrape shows that labels hold no
 * personal data and only uri templates, never raw paths with ids.
 */
@NaoberIntegrationTest
class MonitoringWatchesRealMetricsTest {

    private static final Path MONITORING = Path.of("..", "infra", "monitoring");

    /** Series that come from Prometheus itself or kube-state-metrics, not from Naober. */
    private static final Set<String> NOT_FROM_NAOBER = Set.of("up", "kube_pod_container_status_ready");

    /**
     * Counters that appear per municipality at their first event only: a failed refresh (BusinessMetricsTest shows
     * the name) and a registration past a rate limit (RegistrationRateLimiterTest shows the name).
     */
    private static final Set<String> AFTER_FIRST_FAILURE =
            Set.of("naober_metrics_refresh_failures_total", "naober_public_registration_limited_total");

    private static final Set<String> PROMQL_WORDS = Set.of(
            "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.:])([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(\\()?");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)");
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? \\S+");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @LocalServerPort
    int port;

    @Autowired
    BusinessMetrics businessMetrics;

    String parentName;
    String familyId;
    String scrape;

    @BeforeEach
    void afewRequestsThenAScrape() {
        Http http = new Http(port);
        parentName = "Metriek-" + Long.toString(System.nanoTime(), 36);
        Http.Response created = http.post(path("meppel"), basic("coordinator.meppel"), newFamilyJson(parentName));
        assertThat(created.status()).isEqualTo(201);
        familyId = created.json().get("id").asString();
        assertThat(http.get(path("meppel") + "/" + familyId, basic("coordinator.meppel"))
                        .status())
                .isEqualTo(200);
        assertThat(http.get(path("meppel") + "/00000000-0000-0000-0000-000000000000", basic("coordinator.meppel"))
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/no-such-page/" + familyId, null).status()).isIn(302, 401, 404);
        businessMetrics.refresh();
        Http.Response response =
                http.send(http.request("/actuator/prometheus", bearer(TestDatabaseInitializer.SCRAPE_TOKEN))
                        .header("Accept", "text/plain;version=0.0.4"));
        assertThat(response.status()).isEqualTo(200);
        scrape = response.body();
    }

    @Test
    void everyMetricInTheAlertRulesAndTheDashboardIsExported() throws IOException {
        Set<String> exported = new TreeSet<>();
        scrape.lines().map(SAMPLE::matcher).filter(Matcher::find).forEach(m -> exported.add(m.group(1)));

        Map<String, Set<String>> used = new java.util.TreeMap<>();
        for (String expr : ruleExpressions()) {
            used.computeIfAbsent("prometheus-alerts.yaml", k -> new TreeSet<>()).addAll(metricNames(expr));
        }
        for (String expr : dashboardExpressions()) {
            used.computeIfAbsent("grafana-dashboard.json", k -> new TreeSet<>()).addAll(metricNames(expr));
        }
        assertThat(scrape)
                .as("job failure counters exist before the first failure")
                .containsPattern("naober_job_failures_total\\{[^}]*task=\"retention\"")
                .containsPattern("naober_job_failures_total\\{[^}]*task=\"mail-outbox\"")
                .containsPattern("naober_job_failures_total\\{[^}]*task=\"daily-digest\"");
        assertThat(used.get("prometheus-alerts.yaml"))
                .as("the rules' metrics were found at all")
                .contains("http_server_requests_seconds_bucket", "hikaricp_connections_pending");
        used.forEach((file, names) -> assertThat(names)
                .as("metrics used by %s but missing from /actuator/prometheus", file)
                .allSatisfy(name -> assertThat(exported.contains(name)
                                || NOT_FROM_NAOBER.contains(name)
                                || AFTER_FIRST_FAILURE.contains(name))
                        .as(name)
                        .isTrue()));
    }

    @Test
    void labelsHoldNoPersonalDataAndOnlyUriTemplates() {
        List<Map.Entry<String, String>> labels = new ArrayList<>();
        scrape.lines()
                .filter(line -> !line.startsWith("#"))
                .map(SAMPLE::matcher)
                .filter(Matcher::find)
                .forEach(sample -> {
                    if (sample.group(2) != null) {
                        Matcher label = LABEL.matcher(sample.group(2));
                        while (label.find()) {
                            labels.add(Map.entry(label.group(1), label.group(2)));
                        }
                    }
                });
        assertThat(labels).extracting(Map.Entry::getKey).contains("uri");
        assertThat(labels)
                .allSatisfy(label -> assertThat(label.getValue())
                        .as("label %s", label.getKey())
                        .doesNotContain(parentName)
                        .doesNotContain("coordinator.meppel")
                        .doesNotContain("@")
                        .doesNotContainPattern(UUID_TEXT));
        assertThat(labels)
                .filteredOn(label -> label.getKey().equals("uri"))
                .extracting(Map.Entry::getValue)
                .allSatisfy(uri -> assertThat(uri).doesNotContainPattern("/\\d+(/|$)"))
                .contains("/api/v1/municipalities/{code}/families/{id}");
    }

    /** Metric names in a PromQL expression: identifiers that are neither functions, keywords nor label names. */
    static Set<String> metricNames(String expr) {
        Set<String> names = new TreeSet<>();
        Matcher labelValues = LABEL_VALUES.matcher(expr);
        if (labelValues.find()) {
            names.add(labelValues.group(1));
            return names;
        }
        String bare = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", " ")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\$\\w+", " ");
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String name = identifier.group(1);
            if (identifier.group(2) == null && !PROMQL_WORDS.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static List<String> ruleExpressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(MONITORING.resolve("prometheus-alerts.yaml"))) {
            Map<String, Object> file = new Yaml().load(reader);
            for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    expressions.add(String.valueOf(rule.get("expr")));
                }
            }
        }
        return expressions;
    }

    private static List<String> dashboardExpressions() throws IOException {
        JsonNode dashboard =
                JsonMapper.builder().build().readTree(Files.readString(MONITORING.resolve("grafana-dashboard.json")));
        List<String> expressions = new ArrayList<>();
        collect(dashboard.path("panels"), expressions);
        dashboard.path("templating").path("list").forEach(variable -> {
            if (variable.path("definition").isString()) {
                expressions.add(variable.path("definition").asString());
            }
        });
        assertThat(expressions).as("panel expressions").hasSizeGreaterThan(10);
        return expressions;
    }

    private static void collect(JsonNode node, List<String> expressions) {
        if (node.isObject() && node.path("expr").isString()) {
            expressions.add(node.path("expr").asString());
        }
        node.forEach(child -> collect(child, expressions));
    }
}
