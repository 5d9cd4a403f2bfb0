package nl.naober.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.naober.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The README's first command after a crash: Naober killed (SIGKILL) during a burst of writes starts again on the same
 * data folder on the first try, with every write it acknowledged and none half-written. Twice: the JVM alone (its
 * embedded PostgreSQL, a process of its own, outlives it and used to keep the folder, so the first start after a
 * crash gave up after ten seconds and only a second one worked), then the JVM with its PostgreSQL (which must then
 * recover its files, and must not have acknowledged a commit before its WAL was written).
 */
@Execution(ExecutionMode.CONCURRENT) // beside the browser tests
@ResourceLock(NaoberJar.ONE_AT_A_TIME) // but never beside another jar
class CrashRestartE2E {

    private static final int WRITERS = 4;
    /** Killed once this many writes of the burst are acknowledged, while the writers are still busy. */
    private static final int WRITES_BEFORE_KILL = 24;

    private static final String FAMILIES = "/api/v1/municipalities/meppel/families";
    private static final String COORDINATOR = Http.basic("coordinator.meppel");

    @TempDir
    Path data;

    @Test
    void naoberKilledDuringWritesStartsAgainOnTheFirstTryWithEveryAcknowledgedWrite() throws Exception {
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        try (NaoberJar first = NaoberJar.startHealthy(data)) {
            burstThenKill(first, acknowledged, false);
        }

        try (NaoberJar second = NaoberJar.startHealthy(data)) {
            assertThat(second.log()).contains("left running by an earlier Naober");
            burstThenKill(second, acknowledged, true);
        }

        try (NaoberJar third = NaoberJar.startHealthy(data)) {
            assertThat(third.log())
                    .contains(
                            "Embedded PostgreSQL writes durably: fsync=on, full_page_writes=on, synchronous_commit=on");
            Http http = new Http(third.port());
            for (String id : acknowledged) {
                Http.Response family = http.get(FAMILIES + "/" + id, COORDINATOR);
                assertThat(family.status())
                        .as("acknowledged family %s after the restart", id)
                        .isEqualTo(200);
                assertThat(family.json().get("children"))
                        .as("its child came with it")
                        .hasSize(1);
            }
        }
        System.out.printf(
                "CrashRestartE2E: %d acknowledged writes over two kills, all there after the restart%n",
                acknowledged.size());
        assertThat(Files.exists(data.resolve("postgres").resolve("postmaster.pid")))
                .as("the embedded PostgreSQL stopped with the last Naober")
                .isFalse();
    }

    private static void burstThenKill(NaoberJar naober, List<String> acknowledged, boolean withDatabase)
            throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        int before = acknowledged.size();
        for (int writer = 0; writer < WRITERS; writer++) {
            String name = "Crash " + naober.port() + "-" + writer;
            writers.submit(() -> write(new Http(naober.port()), name, acknowledged, killed));
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (acknowledged.size() - before < WRITES_BEFORE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        naober.kill(withDatabase);
        killed.set(true);
        writers.shutdown();
        assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        assertThat(acknowledged.size() - before)
                .as("writes acknowledged before the kill")
                .isGreaterThanOrEqualTo(WRITES_BEFORE_KILL);
    }

    private static void write(Http http, String name, List<String> acknowledged, AtomicBoolean killed) {
        for (int i = 0; !killed.get(); i++) {
            String body = Http.json(Map.of(
                    "parentName",
                    name + "-" + i,
                    "postcode",
                    "7941 AB",
                    "numberOfChildren",
                    1,
                    "consentGiven",
                    true,
                    "children",
                    List.of(Map.of(
                            "firstName",
                            "Kind",
                            "birthDate",
                            LocalDate.of(2019, 5, 1).toString()))));
            try {
                Http.Response created = http.post(FAMILIES, COORDINATOR, body);
                if (created.status() == 201) {
                    acknowledged.add(created.json().get("id").asString());
                }
            } catch (IllegalStateException connectionLost) {
                return;
            }
        }
    }
}
