package nl.naober.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.naober.NaoberApplication;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.municipality.NewMunicipality;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures what the tenancy foundation costs: provisioning a municipality (p50/p99 over 50, then up to all 342
 * Dutch municipalities) and cold starts of the jar on its embedded PostgreSQL with 6 and with 342 tenants, with
 * the version check and the naive way (Liquibase on every schema at every start). Prints the figures and writes
 * them to {@code target/benchmark-results.md}. Run: {@code ./mvnw -B -Pbenchmark verify}.
 */
@Tag("benchmark")
class TenancyBenchmark {

    private static final int MUNICIPALITIES_IN_NL = 342;
    private static final int PROVISIONING_SAMPLE = 50;
    private static final int STARTS = 3;
    private static final Pattern HEAP_USED =
            Pattern.compile("jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.E+]+)");

    private final StringBuilder report = new StringBuilder();

    @Test
    void measure() throws Exception {
        Path jar = findJar();
        Path sixTenants = Files.createTempDirectory("naober-bench-6");
        Path allTenants = Files.createTempDirectory("naober-bench-342");
        line("# Tenancy benchmark, %s, %d cores, %s"
                .formatted(
                        java.time.LocalDate.now(),
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version")));

        line("\n## Cold start of the jar (process start to /actuator/health UP), embedded PostgreSQL included");
        line("| tenants | start-up migration | run | seconds | RSS MiB | heap used MiB |");
        line("|---|---|---|---|---|---|");
        measureStart(jar, sixTenants, "6 (first start: seeds and provisions)", false, 1);
        measureStart(jar, sixTenants, "6", false, STARTS);

        provisionUpTo(allTenants);

        measureStart(jar, allTenants, "342", false, STARTS);
        measureStart(jar, allTenants, "342, naive", true, STARTS);

        measureCachedStarts(jar, allTenants);

        Path results = Path.of("target", "benchmark-results.md");
        Files.writeString(results, report);
        System.out.println("\nWritten to " + results.toAbsolutePath());
    }

    private void provisionUpTo(Path dataDirectory) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NaoberApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--naober.embedded-postgres.data-dir=" + dataDirectory.resolve("postgres"),
                        "--logging.level.root=warn")) {
            MunicipalityProvisioning provisioning = app.getBean(MunicipalityProvisioning.class);
            int toProvision = MUNICIPALITIES_IN_NL - 6;
            long[] nanos = new long[toProvision];
            long heapBefore = usedHeap();
            for (int i = 0; i < toProvision; i++) {
                long started = System.nanoTime();
                provisioning.provision(new NewMunicipality(
                        "bench-%03d".formatted(i),
                        "Benchgemeente %03d".formatted(i),
                        "GM%04d".formatted(3000 + i),
                        i % 2 == 0 ? "buurtgezinnen" : "steunoudernl"));
                nanos[i] = System.nanoTime() - started;
            }
            long heapAfter = usedHeap();
            line("\n## Provisioning a municipality (catalog row, schema, tenant changelog, registry refresh)");
            line("| sample | p50 ms | p99 ms | max ms | mean ms |");
            line("|---|---|---|---|---|");
            line(percentiles("first " + PROVISIONING_SAMPLE, Arrays.copyOf(nanos, PROVISIONING_SAMPLE)));
            line(percentiles("all " + toProvision + " (up to 342 tenants)", nanos));
            line("\nHeap used by the in-process application before/after provisioning %d tenants: %d / %d MiB"
                    .formatted(toProvision, heapBefore, heapAfter));
            line("\n## Cold start, continued");
            line("| tenants | start-up migration | run | seconds | RSS MiB | heap used MiB |");
            line("|---|---|---|---|---|---|");
        }
    }

    private void measureStart(Path jar, Path dataDirectory, String tenants, boolean naive, int runs) throws Exception {
        for (int run = 1; run <= runs; run++) {
            Start start = timeStart(Launcher.plain(jar), dataDirectory, naive);
            line("| %s | %s | %d | %.1f | %d | %d |"
                    .formatted(
                            tenants,
                            naive ? "Liquibase on every schema" : "version check",
                            run,
                            start.seconds(),
                            start.rssMebibytes(),
                            start.heapUsedMebibytes()));
        }
    }

    /**
     * The same 342 tenants started by {@code bin/naober} with its class-data cache (AppCDS on this JDK, the AOT cache
     * on a JDK 25 when one is installed), in turn with the plain start so that a drifting machine hits all alike.
     */
    private void measureCachedStarts(Path jar, Path dataDirectory) throws Exception {
        List<Launcher> launchers = new ArrayList<>();
        launchers.add(Launcher.plain(jar));
        launchers.add(Launcher.cached(jar, Path.of(System.getProperty("java.home"))));
        Path jdk25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        if (Files.isExecutable(jdk25.resolve("bin/java"))) {
            launchers.add(Launcher.cached(jar, jdk25));
        }
        line("\n## Cold start with a class-data cache (bin/naober), 342 tenants, in turn with the plain start");
        line("| start | training run s | run | seconds | RSS MiB | heap used MiB |");
        line("|---|---|---|---|---|---|");
        List<String> trainingSeconds = new ArrayList<>();
        for (Launcher launcher : launchers) {
            trainingSeconds.add(launcher.train(dataArguments(dataDirectory)));
        }
        for (int run = 1; run <= STARTS; run++) {
            for (int i = 0; i < launchers.size(); i++) {
                Start start = timeStart(launchers.get(i), dataDirectory, false);
                line("| %s | %s | %d | %.1f | %d | %d |"
                        .formatted(
                                launchers.get(i).name(),
                                trainingSeconds.get(i),
                                run,
                                start.seconds(),
                                start.rssMebibytes(),
                                start.heapUsedMebibytes()));
            }
        }
    }

    private record Start(double seconds, long rssMebibytes, long heapUsedMebibytes) {}

    private static Start timeStart(Launcher launcher, Path dataDirectory, boolean naive) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(launcher.command());
        command.add("--server.port=" + port);
        command.add("--naober.metrics.scrape-token=" + SCRAPE_TOKEN);
        command.add("--naober.tenancy.migration.always-run-liquibase=" + naive);
        command.addAll(dataArguments(dataDirectory));
        Path log = Files.createTempFile("naober-bench", ".log");
        long started = System.nanoTime();
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(launcher.environment());
        Process process = builder.start();
        try {
            awaitHealthy(port, process, log);
            double seconds = (System.nanoTime() - started) / 1e9;
            // bin/naober execs the JVM, so the process is the JVM in both cases.
            return new Start(seconds, ProcessMemory.rssMebibytes(process.pid()), heapUsedOf(port));
        } finally {
            process.destroy();
            process.waitFor();
            Files.deleteIfExists(log);
        }
    }

    private static List<String> dataArguments(Path dataDirectory) {
        return List.of("--naober.embedded-postgres.data-dir=" + dataDirectory.resolve("postgres"));
    }

    private static void awaitHealthy(int port, Process process, Path log) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Naober exited:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Naober did not become healthy:\n" + Files.readString(log));
    }

    /** A token for this run only: the benchmark reads heap use from the scrape. */
    private static final String SCRAPE_TOKEN = java.util.UUID.randomUUID().toString();

    private static long heapUsedOf(int port) throws Exception {
        String metrics = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                                .header("Authorization", "Bearer " + SCRAPE_TOKEN)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher heap = HEAP_USED.matcher(metrics);
        double bytes = 0;
        while (heap.find()) {
            bytes += Double.parseDouble(heap.group(1));
        }
        return (long) (bytes / (1024 * 1024));
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }

    private static String percentiles(String sample, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return String.format(
                Locale.ROOT,
                "| %s | %.0f | %.0f | %.0f | %.0f |",
                sample,
                percentile(sorted, 50) / 1e6,
                percentile(sorted, 99) / 1e6,
                sorted[sorted.length - 1] / 1e6,
                mean);
    }

    /** Nearest-rank percentile. */
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static Path findJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("naober-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("build the jar first: ./mvnw -Pbenchmark verify"))
                    .toAbsolutePath();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
