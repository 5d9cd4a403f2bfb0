package nl.naober.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.naober.helm.Chart.Manifests;
import org.junit.jupiter.api.Test;

/**
 * The rendered Kubernetes objects against the Kubernetes API's own models (client-java, generated from the API's
 * OpenAPI document): a misspelt or misplaced field, which {@code helm lint} lets through and the API server would
 * refuse or silently drop, fails here. The two custom resources (ServiceMonitor, CloudNativePG Cluster) have no model
 * here; RenderedManifestsTest reads their fields.
 */
class ManifestSchemaTest {

    private static final Map<String, Validator> BY_KIND = Map.of(
            "Deployment", V1Deployment::validateJsonElement,
            "Service", V1Service::validateJsonElement,
            "ConfigMap", V1ConfigMap::validateJsonElement,
            "ServiceAccount", V1ServiceAccount::validateJsonElement,
            "Ingress", V1Ingress::validateJsonElement,
            "HorizontalPodAutoscaler", V2HorizontalPodAutoscaler::validateJsonElement,
            "PodDisruptionBudget", V1PodDisruptionBudget::validateJsonElement,
            "NetworkPolicy", V1NetworkPolicy::validateJsonElement);

    private static final List<String> CUSTOM_RESOURCES = List.of("ServiceMonitor", "Cluster");

    private static final Gson GSON = new Gson();

    @Test
    void everyObjectOfBothValueSetsIsValidForTheKubernetesApi() {
        var problems = new ArrayList<String>();
        int checked = 0;
        for (Manifests manifests : List.of(Chart.template(), Chart.template(Chart.PRODUCTION_VALUES))) {
            for (Map<String, Object> document : manifests.documents()) {
                String kind = (String) document.get("kind");
                if (CUSTOM_RESOURCES.contains(kind)) {
                    continue;
                }
                Validator validator = BY_KIND.get(kind);
                if (validator == null) {
                    problems.add("no model for kind " + kind);
                    continue;
                }
                try {
                    validator.validate(GSON.toJsonTree(document));
                    checked++;
                } catch (IOException | RuntimeException e) {
                    problems.add(kind + ": " + e.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(15);
    }

    @Test
    void aMisspeltFieldDeepInThePodIsRefused() {
        // securityContext is free-form in the values schema: a typo there reaches the container's manifest.
        Manifests typo = Chart.template(List.of(), Map.of("securityContext.readOnlyRootFileSystem", true));
        assertThatThrownBy(() -> V1Deployment.validateJsonElement(
                        GSON.toJsonTree(typo.one("Deployment").map())))
                .hasMessageContaining("readOnlyRootFileSystem");
    }

    @FunctionalInterface
    private interface Validator {
        void validate(JsonElement json) throws IOException;
    }
}
