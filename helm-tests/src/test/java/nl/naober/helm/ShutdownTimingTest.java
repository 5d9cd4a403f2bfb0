package nl.naober.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.naober.helm.Chart.Node;
import org.junit.jupiter.api.Test;

/**
 * A pod gets SIGTERM after its preStop pause and is killed when terminationGracePeriodSeconds runs out: that must
 * leave Naober's graceful shutdown (application.yaml: finish the requests in flight, up to
 * timeout-per-shutdown-phase) its whole time, or a rolling update cuts requests (BackupRestoreE2E proves the
 * shutdown itself on the jar).
 */
class ShutdownTimingTest {

    private static final Path APPLICATION = Path.of("..", "api", "src", "main", "resources", "application.yaml");

    @Test
    void thePodsGracePeriodCoversThePreStopPauseAndNaobersGracefulShutdown() throws IOException {
        Node application = new Node(Chart.load(APPLICATION));
        assertThat(application.at("server", "shutdown").text()).isEqualTo("graceful");
        Duration shutdown = Duration.parse("PT"
                + application
                        .at("spring", "lifecycle", "timeout-per-shutdown-phase")
                        .text()
                        .toUpperCase());

        for (Chart.Manifests manifests : List.of(Chart.template(), Chart.template(Chart.PRODUCTION_VALUES))) {
            Node pod = manifests.one("Deployment").at("spec", "template", "spec");
            long grace = Long.parseLong(pod.at("terminationGracePeriodSeconds").text());
            Node preStop = pod.at("containers", 0, "lifecycle", "preStop", "exec", "command");
            long pause = preStop.isMissing()
                    ? 0
                    : Long.parseLong(preStop.list().get(1).text());
            assertThat(grace)
                    .as("terminationGracePeriodSeconds > preStop %d s + shutdown %d s", pause, shutdown.toSeconds())
                    .isGreaterThan(pause + shutdown.toSeconds());
        }
        assertThat(Chart.load(Chart.DIR.resolve("values.yaml")))
                .as("the chart's defaults this test reads")
                .containsAllEntriesOf(Map.of("preStopSleepSeconds", 5, "terminationGracePeriodSeconds", 45));
    }
}
