package nl.naober.benchmark;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.naober.e2e.KeycloakServer;
import nl.naober.operations.NaoberJar;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP API under load (issue 17 item 3): the packaged jar on its embedded PostgreSQL with all 342 municipalities,
 * each with its own coordinator and an API token, and {@code wrk} (2 threads, 8 connections) as a second process on
 * loopback running {@code benchmark/naober-load.lua}. Per scenario a warm-up run, then a measured run; beside them the
 * floor: an unmapped path through the same security chain, and a plain JDBC primary-key read from this process
 * against the same PostgreSQL. Prints a table and writes it to {@code target/http-load-benchmark.md}.
 *
 * <p>Run: {@code ./mvnw -B -ntp -Pbenchmark -pl api -am verify -DskipTests -Dit.test=HttpLoadBenchmark
 * -Dfailsafe.failIfNoSpecifiedTests=false}. Settings (system properties): {@code bench.warmup} and {@code
 * bench.seconds} (default 10 and 20), {@code bench.scenarios} (comma-separated, default all), {@code bench.jfr} (scenarios whose
 * measured run is recorded with Java Flight Recorder into {@code target/jfr-<label>-<scenario>.jfr}), {@code bench.label} (a name for the run in the report), {@code
 * bench.modes} (default {@code local,keycloak}: the token scenarios again in keycloak mode, against the real Keycloak,
 * with each coordinator's access token; see {@link KeycloakFixture}). The
 * municipalities, users, tokens and case data are made once, in {@code target/bench-http}, and reused by later runs.
 */
@Tag("benchmark")
class HttpLoadBenchmark {

    private static final int MUNICIPALITIES_IN_NL = 342;
    private static final List<String> DEMO =
            List.of("meppel", "hoogeveen", "de-wolden", "midden-drenthe", "borger-odoorn", "emmen");
    private static final String SINGLE = "meppel";
    private static final Pattern RESULT =
            Pattern.compile("NAOBER requests=(\\d+) duration_us=(\\d+) p50_us=(\\d+) p99_us=(\\d+) errors=(\\d+)"
                    + " socket_errors=(\\d+) statuses=(\\S*)");
    private static final List<String> ALL =
            List.of("health", "floor", "detail", "list3", "public", "mixed", "mixed-single", "jdbc");
    /** The scenarios whose requests carry a coordinator's token: the ones measured again in keycloak mode. */
    private static final Set<String> WITH_TOKEN = Set.of("floor", "detail", "list3", "mixed", "mixed-single");

    private final int warmUp = Integer.getInteger("bench.warmup", 10);
    private final int seconds = Integer.getInteger("bench.seconds", 20);
    private final List<String> scenarios =
            List.of(System.getProperty("bench.scenarios", String.join(",", ALL)).split(","));
    private final List<String> modes =
            List.of(System.getProperty("bench.modes", "local,keycloak").split(","));
    private final StringBuilder report = new StringBuilder();
    private KeycloakFixture keycloak;
    private Path keycloakFixture;

    @Test
    void measure() throws Exception {
        Path wrk = wrk();
        Path home = Path.of("target", "bench-http").toAbsolutePath();
        Files.createDirectories(home);
        Path fixture = home.resolve("fixture.tsv");
        Path script = home.resolve("naober-load.lua");
        try (InputStream lua = getClass().getResourceAsStream("/benchmark/naober-load.lua")) {
            Files.write(script, lua.readAllBytes());
        }
        // bench.jars: jars to measure one after the other on the same data (e.g. a copy of the jar before a change,
        // then the one just built); by default the one just built.
        String label = System.getProperty("bench.label", "run");
        for (String jar : System.getProperty("bench.jars", "").split(",")) {
            if (!jar.isBlank()) {
                System.setProperty("naober.jar", jar);
                System.setProperty("bench.label", label + "-" + Path.of(jar).getFileName());
            }
            for (String mode : modes) {
                measureJar(wrk, home, fixture, script, mode);
            }
        }
        Path results = Path.of("target", "http-load-benchmark.md");
        Files.writeString(
                results,
                report,
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        System.out.println("\nWritten to " + results.toAbsolutePath());
    }

    private void measureJar(Path wrk, Path home, Path fixture, Path script, String mode) throws Exception {
        int databasePort = NaoberJar.freePort();
        System.setProperty("naober.jar.log-dir", home.resolve("logs").toString());
        boolean keycloakMode = mode.equals("keycloak");
        List<String> settings = new ArrayList<>(
                List.of("--naober.embedded-postgres.port=" + databasePort, "--logging.level.root=warn"));
        if (keycloakMode) {
            settings.addAll(keycloak().naoberSettings());
        }
        try (NaoberJar naober = NaoberJar.startHealthy(home, List.of(), settings.toArray(String[]::new))) {
            if (!Files.exists(fixture) || Files.readAllLines(fixture).size() < MUNICIPALITIES_IN_NL) {
                if (keycloakMode) {
                    throw new IllegalStateException(
                            "The municipalities are made in local mode: run with bench.modes=local first");
                }
                prepare(new Http(naober.port()), fixture);
            }
            Path tokens = keycloakMode ? keycloakTokens(fixture) : fixture;
            header(naober, mode);
            for (String scenario : scenarios) {
                if (keycloakMode && !WITH_TOKEN.contains(scenario)) {
                    continue; // the same in both modes: measured in local mode
                }
                if (scenario.equals("jdbc")) {
                    jdbcFloor(databasePort, fixture, naober.pid());
                } else {
                    run(wrk, script, tokens, naober, scenario);
                }
            }
        }
    }

    private KeycloakFixture keycloak() {
        if (keycloak == null) {
            keycloak = new KeycloakFixture(KeycloakServer.get());
        }
        return keycloak;
    }

    /** The coordinators' Keycloak access tokens in place of their API tokens; logged in once per run. */
    private Path keycloakTokens(Path fixture) throws Exception {
        if (keycloakFixture == null) {
            long started = System.nanoTime();
            keycloakFixture = keycloak().write(fixture);
            System.out.printf(
                    "Keycloak: %d coordinators logged in (password and one-time code) in %.0f s%n",
                    Files.readAllLines(keycloakFixture).size(), (System.nanoTime() - started) / 1e9);
        }
        return keycloakFixture;
    }

    private void header(NaoberJar naober, String mode) throws IOException {
        line("\n## HTTP load, %s, %s mode, %s, %s"
                .formatted(
                        System.getProperty("bench.label", ""),
                        mode,
                        Instant.now().toString().substring(0, 16),
                        machine()));
        line("wrk 2 threads / 8 connections, %d s warm-up then %d s measured per scenario; jar pid %d; %d"
                        .formatted(warmUp, seconds, naober.pid(), MUNICIPALITIES_IN_NL)
                + " municipalities, each its own coordinator with "
                + (mode.equals("keycloak") ? "a Keycloak access token" : "an API token")
                + "; access log on.");
        line("");
        line("| scenario | req/s | p50 ms | p99 ms | errors | RSS MiB | load (1 min) |");
        line("|---|---|---|---|---|---|---|");
    }

    private void run(Path wrk, Path script, Path fixture, NaoberJar naober, String scenario) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(fixture.toString(), scenario.replace("-single", "")));
        if (scenario.endsWith("-single")) {
            arguments.add(SINGLE);
        }
        wrk(wrk, script, naober.port(), warmUp, arguments);
        boolean profiled = profiled().contains(scenario);
        if (profiled) {
            jcmd(naober.pid(), "JFR.start", "name=" + scenario, "settings=profile");
        }
        Matcher result = wrk(wrk, script, naober.port(), seconds, arguments);
        if (profiled) {
            Path recording = Path.of(
                            "target", "jfr-" + System.getProperty("bench.label", "run") + "-" + scenario + ".jfr")
                    .toAbsolutePath();
            jcmd(naober.pid(), "JFR.stop", "name=" + scenario, "filename=" + recording);
        }
        long requests = Long.parseLong(result.group(1));
        double perSecond = requests / (Long.parseLong(result.group(2)) / 1e6);
        long errors = Long.parseLong(result.group(5)) + Long.parseLong(result.group(6));
        line(String.format(
                Locale.ROOT,
                "| %s | %.0f | %.1f | %.1f | %d%s | %d | %s |",
                describe(scenario),
                perSecond,
                Long.parseLong(result.group(3)) / 1000.0,
                Long.parseLong(result.group(4)) / 1000.0,
                errors,
                errors > 0 ? " (" + result.group(7) + ")" : "",
                ProcessMemory.rssMebibytes(naober.pid()),
                load()));
    }

    /** The scenarios whose measured run is recorded with Java Flight Recorder ({@code bench.jfr}, e.g. detail,list3). */
    private static List<String> profiled() {
        return List.of(System.getProperty("bench.jfr", "").split(","));
    }

    private static void jcmd(long pid, String... command) throws Exception {
        List<String> line = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + ": " + output);
        }
    }

    private static Matcher wrk(Path wrk, Path script, int port, int duration, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                wrk.toString(),
                "-t2",
                "-c8",
                "-d" + duration + "s",
                "--timeout",
                "5s",
                "-s",
                script.toString(),
                "http://127.0.0.1:" + port,
                "--"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(duration + 60L, TimeUnit.SECONDS);
        Matcher result = RESULT.matcher(output);
        if (!result.find()) {
            throw new IllegalStateException("wrk gave no result:\n" + output);
        }
        return result;
    }

    /**
     * The floor under every endpoint: a primary-key read of a family over plain JDBC (prepared statement, one
     * connection per thread, 8 threads like wrk's 8 connections), rotating over the municipalities' schemas.
     */
    private void jdbcFloor(int databasePort, Path fixture, long jarPid) throws Exception {
        List<String[]> rows =
                Files.readAllLines(fixture).stream().map(l -> l.split("\t")).toList();
        String url = "jdbc:postgresql://localhost:" + databasePort + "/postgres";
        jdbcRun(url, rows, warmUp);
        long[] result = jdbcRun(url, rows, seconds);
        long requests = result[result.length - 1];
        line(String.format(
                Locale.ROOT,
                "| %s | %.0f | %.2f | %.2f | 0 | %d | %s |",
                describe("jdbc"),
                requests / (double) seconds,
                percentile(result, requests, 50) / 1000.0,
                percentile(result, requests, 99) / 1000.0,
                ProcessMemory.rssMebibytes(jarPid),
                load()));
    }

    /** A histogram of microseconds (last slot: the count), summed over 8 threads. */
    private static long[] jdbcRun(String url, List<String[]> rows, int duration) throws Exception {
        int slots = 200_000;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(duration);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int offset = t * 41;
            results.add(threads.submit(() -> {
                long[] histogram = new long[slots + 1];
                try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
                    List<PreparedStatement> statements = new ArrayList<>();
                    for (String[] row : rows) {
                        statements.add(connection.prepareStatement(
                                "SELECT * FROM \"t_" + row[0].replace('-', '_') + "\".family WHERE id = ?::uuid"));
                    }
                    int i = offset;
                    while (System.nanoTime() < end) {
                        int which = i++ % rows.size();
                        long started = System.nanoTime();
                        PreparedStatement statement = statements.get(which);
                        statement.setString(1, rows.get(which)[2]);
                        try (ResultSet result = statement.executeQuery()) {
                            if (!result.next()) {
                                throw new IllegalStateException("no family " + rows.get(which)[2]);
                            }
                        }
                        long micros = (System.nanoTime() - started) / 1000;
                        histogram[(int) Math.min(micros, slots - 1)]++;
                        histogram[slots]++;
                    }
                }
                return histogram;
            }));
        }
        long[] total = new long[slots + 1];
        for (Future<long[]> result : results) {
            long[] histogram = result.get();
            for (int i = 0; i < total.length; i++) {
                total[i] += histogram[i];
            }
        }
        threads.shutdown();
        return total;
    }

    private static long percentile(long[] histogram, long count, int p) {
        long rank = (long) Math.ceil(p / 100.0 * count);
        long seen = 0;
        for (int i = 0; i < histogram.length - 1; i++) {
            seen += histogram[i];
            if (seen >= rank) {
                return i;
            }
        }
        return histogram.length - 2;
    }

    /**
     * All 342 municipalities: the six demo ones and 336 onboarded through the admin REST API (network Buurtgezinnen),
     * each with a welfare organisation, a coordinator and an API token, and through that token a waiting family with
     * a child and a support family in a trial match (so evaluations and contacts can be recorded). Three at a time.
     */
    private static void prepare(Http http, Path fixture) throws Exception {
        List<String> codes = new ArrayList<>(DEMO);
        for (int i = 0; codes.size() < MUNICIPALITIES_IN_NL; i++) {
            codes.add("bench-%03d".formatted(i));
        }
        // Resumable: a line is written as soon as its municipality is ready, and an interrupted set-up goes on
        // where it stopped (a municipality or user made before the interruption is taken as it is).
        Set<String> done = Files.exists(fixture)
                ? Files.readAllLines(fixture).stream()
                        .map(line -> line.split("\t")[0])
                        .collect(java.util.stream.Collectors.toSet())
                : Set.of();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> work = new ArrayList<>();
        long started = System.nanoTime();
        for (String code : codes) {
            if (done.contains(code)) {
                continue;
            }
            work.add(pool.submit(() -> {
                String line = prepare(http, code);
                synchronized (HttpLoadBenchmark.class) {
                    Files.writeString(
                            fixture,
                            line + "\n",
                            java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                }
                return null;
            }));
        }
        for (Future<?> each : work) {
            each.get();
        }
        pool.shutdown();
        System.out.printf(
                "Set-up: %d municipalities made ready in %.0f s%n", work.size(), (System.nanoTime() - started) / 1e9);
    }

    private static String prepare(Http http, String code) {
        String admin = Http.basic(DEMO.indexOf(code) >= 3 ? "admin.steunoudernl" : "admin.buurtgezinnen");
        String users = "/api/v1/admin/municipalities/" + code + "/users";
        String coordinator = "coordinator." + code;
        if (!DEMO.contains(code)) {
            int number = Integer.parseInt(code.substring("bench-".length()));
            String onboarding = Http.json(Map.of(
                    "code",
                    code,
                    "name",
                    "Benchgemeente %03d".formatted(number),
                    "cbsCode",
                    "GM%04d".formatted(3000 + number),
                    "programmeStart",
                    "2026-01-01"));
            Http.Response onboarded = http.post("/api/v1/admin/municipalities", admin, onboarding);
            if (onboarded.status() == 409
                    && !ok(http.get("/api/v1/admin/municipalities/" + code, admin))
                            .get("status")
                            .asString()
                            .equals("ACTIVE")) {
                // an onboarding the interrupted set-up left PROVISIONING or FAILED: cancelled, then onboarded anew
                http.delete("/api/v1/admin/municipalities/" + code, admin);
                created(http.post("/api/v1/admin/municipalities", admin, onboarding));
            } else {
                createdOrThere(onboarded);
            }
            JsonNode organisation = created(http.post(
                    "/api/v1/admin/municipalities/" + code + "/welfare-organisations",
                    admin,
                    Http.json(Map.of("name", "Welzijn " + code + " " + Long.toString(System.nanoTime(), 36)))));
            createdOrThere(http.post(
                    users,
                    admin,
                    Http.json(Map.of(
                            "username",
                            coordinator,
                            "role",
                            "COORDINATOR",
                            "welfareOrganisationId",
                            id(organisation).toString()))));
        }
        String token = created(http.post(
                        users + "/" + coordinator + "/api-tokens", admin, Http.json(Map.of("name", "load benchmark"))))
                .get("token")
                .asString();
        CaseWork work = new CaseWork(http, code, Http.bearer(token));
        Set<String> wednesday = Set.of("WEDNESDAY_AFTERNOON");
        String run = Long.toString(System.nanoTime(), 36);
        JsonNode family = work.waitingFamily(
                "Benchmark Gezin " + run,
                wednesday,
                List.of(child("Sam", LocalDate.now().minusYears(6))));
        JsonNode supportFamily = work.makeAvailable(work.registerSupportFamily(
                "Benchmark Steungezin " + run, 52.7240, 6.4770, wednesday, 2, Set.of("ADHD")));
        JsonNode match = work.propose(family, supportFamily, wednesday);
        ok(http.post(
                work.base() + "/matches/" + id(match) + "/trial",
                work.coordinator(),
                Http.json(Map.of("version", match.get("version").asLong()))));
        return String.join("\t", code, token, id(family).toString(), id(match).toString());
    }

    /** 201, or 409 for what an interrupted earlier set-up already made. */
    private static void createdOrThere(Http.Response response) {
        if (response.status() != 409) {
            created(response);
        }
    }

    private static String describe(String scenario) {
        return switch (scenario) {
            case "health" -> "`GET /actuator/health` (no security)";
            case "floor" -> "floor: unmapped `GET …/load-benchmark-floor` with token (security chain, 404)";
            case "detail" -> "`GET …/families/{id}`";
            case "list3" -> "`GET …/families?size=3`";
            case "public" -> "`GET /aanmelden/{code}` (public page)";
            case "mixed" -> "mixed workload, 342 municipalities";
            case "mixed-single" -> "mixed workload, one municipality (" + SINGLE + ")";
            case "jdbc" -> "floor: plain JDBC primary-key read (8 threads)";
            default -> scenario;
        };
    }

    private static Path wrk() {
        for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path candidate = Path.of(directory, "wrk");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "wrk is not installed: the HTTP load benchmark needs it (Debian/Ubuntu: apt-get install wrk;"
                        + " macOS: brew install wrk)");
    }

    private static String machine() throws IOException {
        String cpu;
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse("?");
        }
        return "%d cores (%s), Java %s"
                .formatted(Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.version"));
    }

    private static String load() throws IOException {
        return Arrays.stream(Files.readString(Path.of("/proc/loadavg")).split(" "))
                .findFirst()
                .orElse("?");
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
