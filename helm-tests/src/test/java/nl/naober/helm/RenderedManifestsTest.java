package nl.naober.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.naober.helm.Chart.Manifests;
import nl.naober.helm.Chart.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code helm template} with the default and the production-like values, read back as Kubernetes would. */
class RenderedManifestsTest {

    enum Values {
        DEFAULT(Chart.template()),
        PRODUCTION(Chart.template(Chart.PRODUCTION_VALUES));

        final Manifests manifests;

        Values(Manifests manifests) {
            this.manifests = manifests;
        }

        Node pod() {
            return manifests.one("Deployment").at("spec", "template", "spec");
        }

        Node container() {
            return pod().at("containers", 0);
        }
    }

    /** An environment variable or ConfigMap key that must never carry its value in the chart. */
    private static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|SECRET|TOKEN|KEY|CREDENTIAL");

    /** A value that looks like a credential: long base64/hex-like text with digits and lower case, or "id:base64". */
    private static final Pattern SECRET_LIKE_VALUE =
            Pattern.compile("^(?=.*[0-9])(?=.*[a-z])[A-Za-z0-9+/=_-]{24,}$|^[a-z0-9]+:[A-Za-z0-9+/]{40,}={0,2}(,.*)?$");

    @ParameterizedTest
    @EnumSource(Values.class)
    void probesAskTheActuatorOnTheManagementPort(Values values) {
        Node container = values.container();
        assertThat(container.at("startupProbe", "httpGet", "path").text()).isEqualTo("/actuator/health/liveness");
        assertThat(container.at("livenessProbe", "httpGet", "path").text()).isEqualTo("/actuator/health/liveness");
        assertThat(container.at("readinessProbe", "httpGet", "path").text()).isEqualTo("/actuator/health/readiness");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(container.at(probe, "httpGet", "port").text()).as(probe).isEqualTo("management");
        }
        // Start-up migrates every tenant that is behind: give it minutes, not the liveness probe's seconds.
        int startupSeconds = Integer.parseInt(
                        container.at("startupProbe", "failureThreshold").text())
                * Integer.parseInt(container.at("startupProbe", "periodSeconds").text());
        assertThat(startupSeconds).isGreaterThanOrEqualTo(300);
        assertThat(portNumber(container, "management")).isEqualTo("8081");
        assertThat(values.manifests
                        .settings()
                        .at("data", "MANAGEMENT_SERVER_PORT")
                        .text())
                .isEqualTo("8081");
    }

    @ParameterizedTest
    @EnumSource(Values.class)
    void secretsAreOnlyReferencedNeverRendered(Values values) {
        assertThat(values.manifests.kinds()).doesNotContain("Secret");
        assertThat(plainSecrets(values.manifests))
                .as("settings with a secret value in the chart")
                .isEmpty();
        assertThat(secretRefs(values)).containsKeys("SPRING_DATASOURCE_PASSWORD", "NAOBER_ENCRYPTION_KEYS");
    }

    @Test
    void aKeyPutUnderAHarmlessNameIsFound() {
        // The schema refuses secret-looking names among the plain settings; the value check catches the rest.
        Manifests planted = Chart.template(
                List.of(),
                Map.of("config.extraEnv.NAOBER_GEOCODER_PDOK_URL", "k1:q2Vn0x8d5TQ1mHc0b3W9r8yZp4Lk2Jf6Gd1Sa7Xe0Uw="));
        assertThat(plainSecrets(planted)).contains("ConfigMap NAOBER_GEOCODER_PDOK_URL");
    }

    /** Environment values and ConfigMap entries named like a secret or looking like one, anywhere in any object. */
    private static List<String> plainSecrets(Manifests manifests) {
        var offending = new ArrayList<String>();
        for (Node env : manifests
                .one("Deployment")
                .at("spec", "template", "spec", "containers", 0, "env")
                .list()) {
            String name = env.at("name").text();
            if (!env.at("value").isMissing()
                    && (SECRET_NAME.matcher(name).find()
                            || SECRET_LIKE_VALUE.matcher(env.at("value").text()).find())) {
                offending.add(name);
            }
            if (SECRET_NAME.matcher(name).find()
                    && env.at("valueFrom", "secretKeyRef", "name").isMissing()) {
                offending.add(name + " not from a Secret");
            }
        }
        for (Node configMap : manifests.ofKind("ConfigMap")) {
            configMap.at("data").map().forEach((key, value) -> {
                if (SECRET_NAME.matcher(key).find()
                        || SECRET_LIKE_VALUE.matcher(String.valueOf(value)).find()) {
                    offending.add("ConfigMap " + key);
                }
            });
        }
        // Anywhere else in any object (annotations, arguments, labels): nothing that looks like a key.
        for (Map<String, Object> document : manifests.documents()) {
            strings(String.valueOf(document.get("kind")), document, offending);
        }
        return offending;
    }

    @ParameterizedTest
    @EnumSource(Values.class)
    void podRunsRestrictedAsTheImagesUserWithAWritableTmpOnly(Values values) throws IOException {
        Node pod = values.pod();
        Node container = values.container();
        assertThat(pod.at("securityContext", "runAsNonRoot").value()).isEqualTo(true);
        assertThat(pod.at("securityContext", "seccompProfile", "type").text()).isEqualTo("RuntimeDefault");
        assertThat(pod.at("automountServiceAccountToken").value()).isEqualTo(false);
        Node security = container.at("securityContext");
        assertThat(security.at("runAsNonRoot").value()).isEqualTo(true);
        assertThat(security.at("runAsUser").text()).isEqualTo(dockerfileUid());
        assertThat(security.at("allowPrivilegeEscalation").value()).isEqualTo(false);
        assertThat(security.at("readOnlyRootFilesystem").value()).isEqualTo(true);
        assertThat(security.at("capabilities", "drop").value()).isEqualTo(List.of("ALL"));
        assertThat(security.at("capabilities", "add").isMissing()).isTrue();
        assertThat(security.at("seccompProfile", "type").text()).isEqualTo("RuntimeDefault");
        assertThat(container.at("volumeMounts", 0, "mountPath").text()).isEqualTo("/tmp");
        assertThat(pod.at("volumes", 0, "emptyDir").isMissing()).isFalse();
        assertThat(container.at("resources", "requests", "memory").isMissing()).isFalse();
        assertThat(container.at("resources", "limits", "memory").isMissing()).isFalse();
        Node rollingUpdate = values.manifests.one("Deployment").at("spec", "strategy", "rollingUpdate");
        assertThat(rollingUpdate.at("maxUnavailable").text()).isEqualTo("0");
    }

    /** The image must run as a numeric user: runAsNonRoot cannot check a user name. */
    private static String dockerfileUid() throws IOException {
        var user = Pattern.compile("(?m)^USER (\\d+)(:\\d+)?$").matcher(Files.readString(Path.of("..", "Dockerfile")));
        assertThat(user.find()).as("the Dockerfile's USER is a numeric uid").isTrue();
        assertThat(Integer.parseInt(user.group(1))).isPositive();
        return user.group(1);
    }

    @Test
    void productionSurvivesANodeDrainAndScales() {
        Manifests production = Values.PRODUCTION.manifests;
        Node hpa = production.one("HorizontalPodAutoscaler");
        assertThat(Integer.parseInt(hpa.at("spec", "minReplicas").text())).isGreaterThanOrEqualTo(2);
        assertThat(hpa.at("spec", "scaleTargetRef", "kind").text()).isEqualTo("Deployment");
        // At install the Deployment starts with the HPA's minimum, not Kubernetes' default of one.
        assertThat(Integer.parseInt(
                        production.one("Deployment").at("spec", "replicas").text()))
                .isGreaterThanOrEqualTo(2);
        // Spread over nodes: the chart fills in the release's pods where the values give no selector.
        assertThat(Values.PRODUCTION
                        .pod()
                        .at("topologySpreadConstraints", 0, "labelSelector", "matchLabels")
                        .map())
                .isEqualTo(production
                        .one("Deployment")
                        .at("spec", "selector", "matchLabels")
                        .map());
        Node pdb = production.one("PodDisruptionBudget");
        assertThat(Integer.parseInt(pdb.at("spec", "minAvailable").text())).isGreaterThanOrEqualTo(1);
        assertThat(pdb.at("spec", "selector", "matchLabels").map())
                .isEqualTo(production
                        .one("Deployment")
                        .at("spec", "selector", "matchLabels")
                        .map());

        assertThat(Values.DEFAULT.manifests.kinds())
                .doesNotContain("HorizontalPodAutoscaler", "PodDisruptionBudget", "Ingress", "ServiceMonitor");
    }

    @Test
    void ingressRoutesOnlyTheHttpPortWithTls() {
        Manifests production = Values.PRODUCTION.manifests;
        Node ingress = production.one("Ingress");
        assertThat(ingress.at("spec", "tls", 0, "secretName").text()).isNotBlank();
        var backends = new ArrayList<Node>();
        for (Node rule : ingress.at("spec", "rules").list()) {
            for (Node path : rule.at("http", "paths").list()) {
                backends.add(path.at("backend", "service"));
            }
        }
        assertThat(backends).isNotEmpty();
        Node httpService = service(production, "naober");
        for (Node backend : backends) {
            assertThat(backend.at("name").text()).isEqualTo("naober");
            assertThat(backend.at("port", "name").text()).isEqualTo("http");
            assertThat(backend.at("port", "number").isMissing()).isTrue();
        }
        // The Service the ingress routes to has no management port to route to at all.
        assertThat(httpService.at("spec", "ports").list())
                .extracting(port ->
                        port.at("name").text() + ":" + port.at("targetPort").text())
                .containsExactly("http:http");
    }

    @Test
    void serviceMonitorScrapesPrometheusOnTheManagementService() {
        Manifests production = Values.PRODUCTION.manifests;
        Node monitor = production.one("ServiceMonitor");
        assertThat(monitor.at("apiVersion").text()).isEqualTo("monitoring.coreos.com/v1");
        assertThat(monitor.at("spec", "endpoints", 0, "port").text()).isEqualTo("management");
        assertThat(monitor.at("spec", "endpoints", 0, "path").text()).isEqualTo("/actuator/prometheus");
        Node management = service(production, "naober-management");
        assertThat(management.at("metadata", "labels").map())
                .containsAllEntriesOf(
                        monitor.at("spec", "selector", "matchLabels").map());
        assertThat(service(production, "naober").at("metadata", "labels").map())
                .as("the http Service is not scraped")
                .doesNotContainEntry("app.kubernetes.io/component", "management");
        assertThat(management.at("spec", "ports", 0, "port").text()).isEqualTo("8081");
        // The scrape job is named after the chart ("naober"), which the alert rules select on (up{job="naober"}).
        assertThat(monitor.at("spec", "jobLabel").text()).isEqualTo("app.kubernetes.io/name");
        assertThat(management.at("metadata", "labels", "app.kubernetes.io/name").text())
                .isEqualTo("naober");
    }

    @Test
    void prometheusRuleIsOffByDefaultAndCarriesTheMonitoringAlertRulesWhenOn() throws IOException {
        assertThat(Values.DEFAULT.manifests.kinds()).doesNotContain("PrometheusRule");
        assertThat(Values.PRODUCTION.manifests.kinds()).doesNotContain("PrometheusRule");
        Manifests on = Chart.template(
                List.of(), Map.of("prometheusRule.enabled", "true", "prometheusRule.labels.release", "prom"));
        Node rule = on.one("PrometheusRule");
        assertThat(rule.at("apiVersion").text()).isEqualTo("monitoring.coreos.com/v1");
        assertThat(rule.at("metadata", "labels", "release").text()).isEqualTo("prom");
        // The chart's copy must be the rule file of infra/monitoring, which MonitoringWatchesRealMetricsTest checks.
        assertThat(rule.at("spec").map())
                .isEqualTo(Chart.load(Path.of("..", "infra", "monitoring", "prometheus-alerts.yaml")));
        assertThat(rule.at("spec", "groups").list()).hasSizeGreaterThan(3);
    }

    @Test
    void networkPolicyOpensManagementToMonitoringOnly() {
        Node policy = Values.PRODUCTION.manifests.one("NetworkPolicy");
        var management = policy.at("spec", "ingress").list().stream()
                .filter(rule -> "management".equals(rule.at("ports", 0, "port").text()))
                .toList();
        assertThat(management).hasSize(1);
        assertThat(management.get(0).at("from").list()).hasSize(1);
        assertThat(management
                        .get(0)
                        .at("from", 0, "namespaceSelector", "matchLabels")
                        .map())
                .isEqualTo(Map.of("kubernetes.io/metadata.name", "monitoring"));
        assertThat(policy.at("spec", "policyTypes").value()).isEqualTo(List.of("Ingress", "Egress"));
        assertThat(policy.at("spec", "egress").list())
                .extracting(rule -> rule.at("ports", 0, "port").text())
                .contains("53", "5432", "443", "587");

        // Without labels for the ingress controller's namespace, http is open to every namespace: never management.
        Node open = Chart.template(
                        List.of(Chart.PRODUCTION_VALUES),
                        Map.of("networkPolicy.ingress.httpFromNamespaceLabels", "null"))
                .one("NetworkPolicy");
        assertThat(open.at("spec", "ingress", 0, "ports", 0, "port").text()).isEqualTo("http");
        assertThat(open.at("spec", "ingress", 0, "from", 0, "namespaceSelector").map())
                .isEmpty();
        assertThat(open.at("spec", "ingress", 1, "from", 0, "namespaceSelector", "matchLabels")
                        .map())
                .isEqualTo(Map.of("kubernetes.io/metadata.name", "monitoring"));
    }

    @Test
    void cloudNativePgClusterGivesNaoberItsTwoRoles() {
        Manifests production = Values.PRODUCTION.manifests;
        Node cluster = production.one("Cluster");
        assertThat(cluster.at("apiVersion").text()).isEqualTo("postgresql.cnpg.io/v1");
        assertThat(cluster.at("spec", "bootstrap", "initdb", "owner").text()).isEqualTo("naober_owner");
        assertThat(cluster.at("spec", "managed", "roles", 0, "name").text()).isEqualTo("naober_app");
        assertThat(cluster.at("spec", "managed", "roles", 0, "inherit").value()).isEqualTo(false);
        String name = cluster.at("metadata", "name").text();
        Map<String, String> refs = secretRefs(Values.PRODUCTION);
        assertThat(refs).containsEntry("NAOBER_DATABASE_OWNER_PASSWORD", name + "-app");
        assertThat(refs).containsEntry("SPRING_DATASOURCE_PASSWORD", "naober-app-role");
        assertThat(production.settings().at("data", "SPRING_DATASOURCE_URL").text())
                .isEqualTo("jdbc:postgresql://" + name + "-rw:5432/naober");
    }

    @Test
    void clusterBootstrapRunsTheApplicationsOwnRolesScript() throws IOException {
        assertThat(Files.readString(Chart.DIR.resolve("files/roles.sql")))
                .as("helm/naober/files/roles.sql is a copy of api/src/main/resources/db/roles.sql")
                .isEqualTo(Files.readString(Path.of("..", "api", "src", "main", "resources", "db", "roles.sql")));
    }

    /** Collects the paths of string leaves that look like a credential; a checksum annotation is one by design. */
    private static void strings(String path, Object value, List<String> offending) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, nested) -> {
                if (!String.valueOf(key).startsWith("checksum/")) {
                    strings(path + "." + key, nested, offending);
                }
            });
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                strings(path + "[" + i + "]", list.get(i), offending);
            }
        } else if (value instanceof String text
                && SECRET_LIKE_VALUE.matcher(text).find()) {
            offending.add(path);
        }
    }

    private static Map<String, String> secretRefs(Values values) {
        var refs = new java.util.LinkedHashMap<String, String>();
        for (Node env : values.container().at("env").list()) {
            Node ref = env.at("valueFrom", "secretKeyRef", "name");
            if (!ref.isMissing()) {
                refs.put(env.at("name").text(), ref.text());
            }
        }
        return refs;
    }

    private static Node service(Manifests manifests, String name) {
        return manifests.named("Service", name);
    }

    private static String portNumber(Node container, String name) {
        return container.at("ports").list().stream()
                .filter(port -> name.equals(port.at("name").text()))
                .map(port -> port.at("containerPort").text())
                .findFirst()
                .orElseThrow();
    }
}
