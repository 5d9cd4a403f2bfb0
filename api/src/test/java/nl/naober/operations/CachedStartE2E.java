package nl.naober.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.naober.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Issue 17, item 4: {@code bin/naober}, the documented fast start and the container image's entry point, trains its
 * class-data cache once and then starts on it. {@code -Xshare:on} makes the JVM refuse an archive it cannot map, so a
 * start that comes up healthy here really used the cache. The figures are in docs/benchmarks.md ("Cold start").
 */
@Execution(ExecutionMode.CONCURRENT) // beside the browser tests
@ResourceLock(NaoberJar.ONE_AT_A_TIME) // but never beside another jar
class CachedStartE2E {

    @TempDir
    Path data;

    @TempDir
    Path cache;

    @Test
    void theFirstStartTrainsTheCacheAndEveryStartServesOnIt() throws Exception {
        try (NaoberJar first = NaoberJar.startCached(data, cache)) {
            assertThat(archives()).as("the training run wrote the cache").hasSize(1);
            assertThat(new Http(first.port())
                            .get("/api/v1/municipalities/meppel/families?size=1", Http.basic("coordinator.meppel"))
                            .status())
                    .isEqualTo(200);
        }
        Path archive = archives().get(0);
        long written = Files.getLastModifiedTime(archive).toMillis();

        try (NaoberJar second = NaoberJar.startCached(data, cache)) {
            assertThat(Files.getLastModifiedTime(archive).toMillis())
                    .as("the second start reuses the cache")
                    .isEqualTo(written);
            assertThat(second.log()).doesNotContain("training run failed");
        }
    }

    private java.util.List<Path> archives() throws Exception {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().matches("naober-jdk\\d+\\.(jsa|aot)"))
                    .toList();
        }
    }
}
