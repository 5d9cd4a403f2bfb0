package nl.naober.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import nl.naober.NaoberApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A network administrator onboards 342 municipalities (every Dutch municipality) one after another through
 * {@code POST /api/v1/admin/municipalities}: real HTTP, catalog row, schema, tenant changelog, registry refresh
 * and audit per call. Prints the total, p50/p99 per municipality and the heap after a GC; appends them to
 * {@code target/benchmark-results.md}. BCrypt runs at strength 4 here, so HTTP Basic's hash check per request
 * does not drown what is measured. Run: {@code ./mvnw -B -Pbenchmark verify -Dit.test=OnboardingBenchmark}.
 */
@Tag("benchmark")
class OnboardingBenchmark {

    private static final int MUNICIPALITIES = 342;

    @Test
    void measure() throws Exception {
        Path data = Files.createTempDirectory("naober-bench-onboarding");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NaoberApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--naober.embedded-postgres.data-dir=" + data.resolve("postgres"),
                        "--naober.security.bcrypt-strength=4",
                        "--naober.demo.case-data.enabled=false",
                        "--logging.level.root=warn")) {
            String port = app.getEnvironment().getProperty("local.server.port");
            HttpClient client = HttpClient.newHttpClient();
            String admin = "Basic "
                    + Base64.getEncoder()
                            .encodeToString("admin.buurtgezinnen:naober-demo".getBytes(StandardCharsets.UTF_8));
            long[] nanos = new long[MUNICIPALITIES];
            long started = System.nanoTime();
            for (int i = 0; i < MUNICIPALITIES; i++) {
                String body = """
                        {"code":"gemeente-%03d","name":"Gemeente %03d","cbsCode":"GM%04d","programmeStart":"2026-01-01"}""".formatted(i, i, 5000 + i);
                HttpRequest request = HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/admin/municipalities"))
                        .header("Authorization", admin)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                long one = System.nanoTime();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                nanos[i] = System.nanoTime() - one;
                if (response.statusCode() != 201 || !response.body().contains("\"ACTIVE\"")) {
                    throw new IllegalStateException("onboarding " + i + " failed: " + response.body());
                }
            }
            double totalSeconds = (System.nanoTime() - started) / 1e9;
            System.gc();
            long heapMiB =
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            String report = String.format(
                    Locale.ROOT,
                    "%n## Onboarding %d municipalities through the API, one after another%n"
                            + "| total s | p50 ms | p99 ms | max ms | heap after GC MiB |%n|---|---|---|---|---|%n"
                            + "| %.1f | %.0f | %.0f | %.0f | %d |%n",
                    MUNICIPALITIES,
                    totalSeconds,
                    sorted[(int) Math.ceil(0.50 * sorted.length) - 1] / 1e6,
                    sorted[(int) Math.ceil(0.99 * sorted.length) - 1] / 1e6,
                    sorted[sorted.length - 1] / 1e6,
                    heapMiB);
            System.out.println(report);
            Path results = Path.of("target", "benchmark-results.md");
            Files.writeString(results, Files.exists(results) ? Files.readString(results) + report : report);
        }
    }
}
