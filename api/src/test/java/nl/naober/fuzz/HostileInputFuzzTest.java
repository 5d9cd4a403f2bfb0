package nl.naober.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.sessions.JqwikSession;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input against every operation of the application's own OpenAPI document, as every kind of caller: at
 * least 10,000 inputs, each a valid-shaped request spoiled in one way (see {@link HostileRequests}), generated with
 * jqwik from a fixed seed. The oracles ({@link Oracle}, {@link StoredState}): never a 5xx, every 4xx as Problem
 * Details, the script payload never echoed, no hostile write accepted, and not one row stored or changed.
 *
 * <p>Another seed: {@code -Dnaober.fuzz.seed=N}; one input of a run again: {@code -Dnaober.fuzz.only=INDEX} (the
 * index is printed with every finding); fewer or more inputs: {@code -Dnaober.fuzz.inputs=N}.
 */
// In the default run (about a minute on two cores); -Pfuzz runs ten times as many inputs.
@NaoberIntegrationTest
class HostileInputFuzzTest {

    static final long DEFAULT_SEED = 42;
    static final int DEFAULT_INPUTS = 10_240;
    private static final int EXAMPLES_PER_RULE = 5;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void everyHostileInputIsRefusedWithProblemDetailsAndNothingIsStored() {
        long seed = Long.getLong("naober.fuzz.seed", DEFAULT_SEED);
        int inputs = Integer.getInteger("naober.fuzz.inputs", DEFAULT_INPUTS);
        Integer only = Integer.getInteger("naober.fuzz.only");
        JsonNode openApi =
                JSON.readTree(new Http(port).get("/v3/api-docs", null).body());
        List<ApiOperation> operations = ApiOperation.from(openApi);
        assertThat(operations)
                .as("the operations of /v3/api-docs")
                .hasSizeGreaterThan(50)
                .anyMatch(ApiOperation::isPublic);

        HostileRequests generator = new HostileRequests(new Schemas(openApi), operations, new Draw(seed));
        RawHttp http = new RawHttp(port);
        Oracle oracle = new Oracle();
        Map<String, String> before = StoredState.snapshot();
        Instant start = Instant.now();
        JqwikSession.start();
        try {
            for (int index = 0; index < inputs; index++) {
                // In turn, so every operation gets its share; the input itself is all chance.
                FuzzInput input = generator.next(index, operations.get(index % operations.size()));
                if (only == null || only == index) {
                    oracle.judge(input, http.send(input));
                }
            }
        } finally {
            JqwikSession.finish();
        }
        Duration took = Duration.between(start, Instant.now());
        List<String> changes = StoredState.changes(before, StoredState.snapshot());

        String summary = String.format(
                Locale.ROOT,
                "Fuzz: %,d inputs to %d operations, seed %d, %d 5xx, refused %s, accepted %s, stored changes: %s, %d s",
                oracle.inputs(),
                operations.size(),
                seed,
                oracle.serverErrors(),
                oracle.refusals(),
                oracle.accepted(),
                changes.isEmpty() ? "none" : String.join(", ", changes),
                took.toSeconds());
        System.out.println(summary);
        writeFindings(oracle, summary);
        List<String> failures = failures(oracle, changes, start);
        oracle.findings().forEach((rule, found) -> System.out.println("Fuzz finding, " + found.size() + "x " + rule));
        assertThat(failures).as(String.join("\n", failures) + "\n" + summary).isEmpty();
    }

    /**
     * Every finding, one a line, for reading at leisure ({@code api/target/fuzz/findings.txt}), and the statuses by
     * kind of input ({@code kinds.txt}): which mutations reach the validation and which are refused before it.
     */
    private static void writeFindings(Oracle oracle, String summary) {
        List<String> lines = new ArrayList<>(List.of(summary));
        oracle.findings().values().forEach(found -> found.forEach(finding -> lines.add(finding.describe())));
        List<String> kinds = new ArrayList<>(List.of(summary));
        oracle.byKind().forEach((kind, statuses) -> kinds.add(kind + ": " + statuses));
        try {
            Path file = Path.of("target", "fuzz", "findings.txt");
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
            Files.write(file.resolveSibling("kinds.txt"), kinds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first failing input first, as the brief for a reproduction; then a few of each rule, then the tables. */
    private static List<String> failures(Oracle oracle, List<String> changes, Instant start) {
        List<String> failures = new ArrayList<>();
        if (oracle.first() != null) {
            failures.add("First failing input: " + oracle.first().describe());
        }
        oracle.findings().forEach((rule, found) -> {
            failures.add(found.size() + "x " + rule + ", e.g.:");
            found.stream().limit(EXAMPLES_PER_RULE).forEach(finding -> failures.add("  " + finding.describe()));
        });
        if (!changes.isEmpty()) {
            failures.add("Stored changes: " + String.join(", ", changes));
            List<String> jobs = StoredState.jobsSince(start);
            if (!jobs.isEmpty()) {
                failures.add(
                        "  (scheduled jobs ran meanwhile in another test context: " + String.join(", ", jobs) + ")");
            }
        }
        return failures;
    }
}
