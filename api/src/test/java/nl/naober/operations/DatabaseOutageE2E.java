package nl.naober.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The database gone in the middle of work: requests fail fast with 503 and Problem Details (not a 401 that sends an
 * integration to renew its password, not a 500, not a wait of half a minute), readiness goes DOWN so the load
 * balancer stops sending work, and both recover without a restart when the database is back.
 */
@Execution(ExecutionMode.CONCURRENT) // beside the browser tests
@ResourceLock(NaoberJar.ONE_AT_A_TIME) // but never beside another jar
class DatabaseOutageE2E {

    private static final String FAMILIES = "/api/v1/municipalities/meppel/families?size=3";
    private static final String COORDINATOR = Http.basic("coordinator.meppel");
    private static final long FAST_MILLIS = 10_000;

    @TempDir
    Path data;

    @Test
    void requestsFailFastWith503AndReadinessGoesDownThenBothRecoverWhenTheDatabaseReturns() throws Exception {
        try (NaoberJar naober = NaoberJar.startHealthy(data)) {
            Http http = new Http(naober.port());
            assertThat(http.get(FAMILIES, COORDINATOR).status()).isEqualTo(200);

            Postmaster stopped = Postmaster.kill(data.resolve("postgres"));
            try {
                long started = System.nanoTime();
                Http.Response refused = http.get(FAMILIES, COORDINATOR);
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertThat(refused.status()).as(refused.body()).isEqualTo(503);
                assertThat(millis).as("answered within %d ms", FAST_MILLIS).isLessThan(FAST_MILLIS);
                assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
                assertThat(refused.json().get("title").asString()).isEqualTo("Even niet bereikbaar");
                assertThat(refused.header("Retry-After")).isNotBlank();
                assertThat(http.get("/actuator/health/readiness", null).status())
                        .as("readiness DOWN")
                        .isEqualTo(503);
                assertThat(http.get("/actuator/health/liveness", null).status())
                        .as("still alive: a restart would not help")
                        .isEqualTo(200);
            } finally {
                stopped.startAgain();
            }

            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            int families = 0;
            int ready = 0;
            while (System.nanoTime() < deadline && (families != 200 || ready != 200)) {
                Thread.sleep(500);
                families = http.get(FAMILIES, COORDINATOR).status();
                ready = http.get("/actuator/health/readiness", null).status();
            }
            assertThat(families).as("the API answers again").isEqualTo(200);
            assertThat(ready).as("readiness UP again").isEqualTo(200);
        }
    }

    /**
     * The embedded PostgreSQL's server, killed with every process it started, and started again on the same folder,
     * port and settings the way the embedded PostgreSQL library starts it: {@code pg_ctl start}, in a user namespace
     * of its own when the tests run as root (PostgreSQL refuses to run as root).
     */
    private record Postmaster(Path dataDirectory, Path pgCtl, String options) {

        private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

        static Postmaster kill(Path dataDirectory) throws Exception {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                    .get(0)
                    .strip());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            Path pgCtl = Path.of(postmaster.info().command().orElseThrow()).resolveSibling("pg_ctl");
            // postmaster.opts: the binary, then each argument quoted: "-D" "<folder>" "-p" "<port>" "-c" "…"
            List<String> arguments = new ArrayList<>();
            Matcher quoted = QUOTED.matcher(Files.readString(dataDirectory.resolve("postmaster.opts")));
            while (quoted.find()) {
                arguments.add(quoted.group(1));
            }
            int folder = arguments.indexOf("-D");
            arguments.subList(folder, folder + 2).clear();

            List<ProcessHandle> backends = postmaster.descendants().toList();
            postmaster.destroyForcibly();
            backends.forEach(ProcessHandle::destroyForcibly);
            postmaster.onExit().get(1, TimeUnit.MINUTES);
            for (ProcessHandle backend : backends) {
                backend.onExit().get(1, TimeUnit.MINUTES);
            }
            return new Postmaster(dataDirectory, pgCtl, String.join(" ", arguments));
        }

        /** The Naober that started the first server stops this one on its own shutdown, by the folder. */
        void startAgain() throws Exception {
            // killed, so the pid file is stale; from another user namespace its pid would look alive
            Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("unshare", "-U"));
            }
            Path log = Files.createTempFile("postgres-restart", ".log");
            command.addAll(List.of(
                    pgCtl.toString(),
                    "-D",
                    dataDirectory.toString(),
                    "-w",
                    "-l",
                    log.toString(),
                    "-o",
                    options,
                    "start"));
            Process started = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            assertThat(started.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(started.exitValue()).as(Files.readString(log)).isZero();
        }
    }
}
