package nl.naober.security.accesslog;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import nl.naober.NaoberApplication;
import nl.naober.accesslog.AccessLog;
import nl.naober.account.LocalAccounts;
import nl.naober.benchmark.BenchmarkTimings;
import nl.naober.family.FamilyService;
import nl.naober.family.NewFamily;
import nl.naober.family.RegistrationSource;
import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.NewMunicipality;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * What the access log costs a coordinator: {@code GET} of one family over real HTTP, p50/p99, with the read logged
 * (as always) and, for comparison only, in a second application whose read logging is replaced by a no-op here in
 * test code (production has no switch to turn it off). Run with {@code ./mvnw -B -Pbenchmark verify
 * -Dit.test=AccessLogBenchmark}.
 */
@Tag("benchmark")
class AccessLogBenchmark {

    private static final int WARM_UP = 200;
    private static final int RUNS = 2_000;
    private static final String CODE = "bench-accesslog";

    @Test
    void measure() throws Exception {
        long[] logged = run(false);
        long[] unlogged = run(true);
        StringBuilder report = new StringBuilder()
                .append("\n## Access log overhead (GET one family over HTTP, local mode, bcrypt cost 4)\n")
                .append("| operation | data | runs | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n")
                .append(BenchmarkTimings.row("read logged (one access_log row per request)", "1 family", logged))
                .append(BenchmarkTimings.row("read logging replaced by a no-op (comparison)", "1 family", unlogged))
                .append("\nHeap used after: ")
                .append(BenchmarkTimings.usedHeapMiB())
                .append(" MiB\n");
        BenchmarkTimings.publish(report.toString());
    }

    private static long[] run(boolean withoutReadLogging) throws Exception {
        Path data = Files.createTempDirectory("naober-bench-accesslog");
        SpringApplicationBuilder builder = withoutReadLogging
                ? new SpringApplicationBuilder(NaoberApplication.class, NoReadLogging.class)
                : new SpringApplicationBuilder(NaoberApplication.class);
        try (ConfigurableApplicationContext app = builder.run(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--naober.embedded-postgres.data-dir=" + data.resolve("postgres"),
                "--naober.demo.case-data.enabled=false",
                "--naober.jobs.enabled=false",
                "--naober.security.bcrypt-strength=4",
                "--logging.level.root=warn")) {
            app.getBean(MunicipalityProvisioning.class)
                    .provision(new NewMunicipality(CODE, "Benchgemeente", "GM9998", "buurtgezinnen"));
            LocalAccounts accounts = app.getBean(LocalAccounts.class);
            accounts.createWithHash(
                    CurrentUser.of("coordinator.bench", Role.COORDINATOR, CODE), accounts.hash("bench-password"));
            UUID family = TenantContext.call(
                    Tenant.of(CODE),
                    () -> app.getBean(FamilyService.class)
                            .register(new NewFamily(
                                    "Bench Gezin",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    "7941 AB",
                                    "Meppel",
                                    null,
                                    null,
                                    2,
                                    Set.of(),
                                    null,
                                    RegistrationSource.SELF_REGISTRATION,
                                    null,
                                    1,
                                    Set.of(),
                                    true,
                                    "2026-1",
                                    null,
                                    java.util.List.of()))
                            .id());
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(
                            "http://localhost:" + port + "/api/v1/municipalities/" + CODE + "/families/" + family))
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString("coordinator.bench:bench-password"
                                                    .getBytes(StandardCharsets.UTF_8)))
                    .GET()
                    .build();
            return BenchmarkTimings.time(WARM_UP, RUNS, () -> {
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("GET family answered " + response.statusCode());
                    }
                    return response;
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    /** The comparison only: reads are not logged. Changes still are (Hibernate listener). */
    @Configuration(proxyBeanMethods = false)
    static class NoReadLogging {

        @Bean
        @Primary
        ReadLogging noReadLogging(AccessLog log, MunicipalityRegistry registry) {
            return new ReadLogging(log, registry) {
                @Override
                void logShown(jakarta.servlet.http.HttpServletRequest request, Object shown) {}
            };
        }
    }
}
