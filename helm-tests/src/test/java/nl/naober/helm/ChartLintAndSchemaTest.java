package nl.naober.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code helm lint} and the values schema: a wrong value fails at install, not in a crash-looping pod. */
class ChartLintAndSchemaTest {

    @TempDir
    Path workDir;

    @Test
    void lintPassesWithTheDefaultValues() {
        LintResult result = Chart.lint(null, workDir);
        assertThat(result.isFailed())
                .as(String.join("\n", result.getMessages()))
                .isFalse();
        assertThat(result.getMessages()).noneMatch(message -> message.contains("[ERROR]"));
    }

    @Test
    void lintPassesWithTheProductionValues() {
        LintResult result = Chart.lint(Chart.PRODUCTION_VALUES, workDir);
        assertThat(result.isFailed())
                .as(String.join("\n", result.getMessages()))
                .isFalse();
        assertThat(result.getMessages()).noneMatch(message -> message.contains("[ERROR]"));
    }

    @Test
    void lintFailsOnValuesOfTheWrongType() throws IOException {
        LintResult result = Chart.lint(values("replicaCount: \"two\"\n"), workDir.resolve("lint"));
        assertThat(result.isFailed()).isTrue();
        assertThat(String.join("\n", result.getMessages())).contains("replicaCount");
    }

    @Test
    void schemaRejectsAWrongTypeAtTemplateTime() throws IOException {
        assertThatThrownBy(() -> Chart.template(values("replicaCount: \"2\"\n")))
                .hasMessageContaining("replicaCount");
        assertThatThrownBy(() -> Chart.template(values("ingress:\n  enabled: \"yes\"\n")))
                .hasMessageContaining("enabled");
        assertThatThrownBy(() -> Chart.template(values("management:\n  port: 80800\n")))
                .hasMessageContaining("port");
        assertThatThrownBy(() -> Chart.template(values("ingress:\n  enabled: true\n  hosts: [a]\n")))
                .as("a misspelt value is refused, not ignored")
                .hasMessageContaining("hosts");
    }

    @Test
    void schemaRefusesASecretAmongThePlainSettings() throws IOException {
        assertThatThrownBy(() -> Chart.template(values("config:\n  extraEnv:\n    SPRING_MAIL_PASSWORD: hunter2\n")))
                .hasMessageContaining("SPRING_MAIL_PASSWORD");
        assertThatThrownBy(() -> Chart.template(values("database:\n  password: hunter2\n")))
                .hasMessageContaining("password");
        // A harmless one passes and lands in the ConfigMap.
        var manifests =
                Chart.template(List.of(values("config:\n  extraEnv:\n    NAOBER_GEOCODER_ENABLED: true\n")), Map.of());
        assertThat(manifests.settings().at("data", "NAOBER_GEOCODER_ENABLED").text())
                .isEqualTo("true");
    }

    @Test
    void refusesWhatNaoberWouldRefuseAtStartUp() throws IOException {
        assertThatThrownBy(() -> Chart.template(values("springProfiles: prod\n")))
                .as("prod needs keycloak mode")
                .hasMessageContaining("oidc.issuerUri");
        assertThatThrownBy(() -> Chart.template(values("encryption:\n  existingSecret: \"\"\n")))
                .hasMessageContaining("NAOBER_ENCRYPTION_KEYS");
        assertThatThrownBy(() -> Chart.template(values("oidc:\n  issuerUri: https://login.example.nl/realms/naober\n")))
                .hasMessageContaining("oidc.existingSecret");
        assertThatThrownBy(() -> Chart.template(values("podDisruptionBudget:\n  enabled: true\n")))
                .as("a PDB that keeps the only pod blocks every node drain")
                .hasMessageContaining("podDisruptionBudget.minAvailable");
        assertThatThrownBy(() -> Chart.template(values("networkPolicy:\n  enabled: true\n")))
                .as("a NetworkPolicy that shuts the database out")
                .hasMessageContaining("networkPolicy.egress.postgresql.to");
    }

    private Path values(String yaml) throws IOException {
        return Files.writeString(Files.createTempFile(workDir, "values", ".yaml"), yaml);
    }
}
