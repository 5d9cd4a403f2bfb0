package nl.naober.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.naober.NaoberApplication;
import nl.naober.monitoring.CaseMonitoring;
import nl.naober.monitoring.MonitoringPeriod;
import nl.naober.monitoring.MunicipalityMonitoring;
import nl.naober.monitoring.NetworkMonitoring;
import nl.naober.monitoring.web.ReportedMunicipalities;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.municipality.NewMunicipality;
import nl.naober.tenancy.OwnerDatabase;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Monitoring at scale: the whole report of one municipality over 5 years with 5,000 matches (targets p99 &lt; 200
 * ms), and the network view over 342 municipalities (target &lt; 2 s). Data is bulk-inserted with SQL; the timed
 * calls are the real services, database included. Run with {@code ./mvnw -B -Pbenchmark verify
 * -Dit.test=MonitoringBenchmark}; results are appended to {@code target/benchmark-results.md}.
 */
@Tag("benchmark")
class MonitoringBenchmark {

    private static final int MATCHES = 5_000;
    private static final int SUPPORT_FAMILIES = 800;
    private static final int MUNICIPALITIES = 342;
    private static final LocalDate START = LocalDate.now().minusYears(5);
    private static final String[] REASONS = {"GOAL_REACHED", "FAMILY_MOVED", "MISMATCH", "TRIAL_NOT_CONTINUED"};
    private static final String[] SOURCES = {"SELF_REGISTRATION", "WIJKTEAM_CJG", "GENERAL_PRACTITIONER"};

    @Test
    void measure() throws Exception {
        Path data = Files.createTempDirectory("naober-bench-monitoring");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NaoberApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--naober.embedded-postgres.data-dir=" + data.resolve("postgres"),
                        "--naober.demo.case-data.enabled=false",
                        "--naober.metrics.enabled=false",
                        "--logging.level.root=warn")) {
            MunicipalityProvisioning provisioning = app.getBean(MunicipalityProvisioning.class);
            provisioning.provision(new NewMunicipality("bench-monitoring", "Benchgemeente", "GM9999", "buurtgezinnen"));
            JdbcTemplate jdbc =
                    new JdbcTemplate(app.getBean(OwnerDatabase.class).dataSource());
            fill(jdbc, "t_bench_monitoring.");
            jdbc.execute("ANALYZE");
            MunicipalityRegistry registry = app.getBean(MunicipalityRegistry.class);
            registry.refresh();
            MunicipalitySummary municipality =
                    registry.findActiveMunicipality("bench-monitoring").orElseThrow();
            MunicipalityMonitoring monitoring = app.getBean(MunicipalityMonitoring.class);
            MonitoringPeriod fiveYears = new MonitoringPeriod(START, LocalDate.now());
            long[] one = BenchmarkTimings.time(
                    20, 200, () -> monitoring.report(ReportedMunicipalities.of(municipality), fiveYears, "Benchmark"));
            CaseMonitoring cases = app.getBean(CaseMonitoring.class);
            Tenant tenant = Tenant.of("bench-monitoring");
            long[] queries = BenchmarkTimings.time(
                    20, 200, () -> TenantContext.call(tenant, () -> cases.figures(fiveYears, LocalDate.now())));

            long provisioningStarted = System.nanoTime();
            int existing = registry.active().size();
            for (int i = existing; i < MUNICIPALITIES; i++) {
                provisioning.provision(new NewMunicipality(
                        "bench-net-" + i, "Netwerkgemeente " + i, "GM" + (6000 + i), "buurtgezinnen"));
            }
            double provisioningSeconds = (System.nanoTime() - provisioningStarted) / 1e9;
            registry.refresh();
            NetworkMonitoring network = app.getBean(NetworkMonitoring.class);
            MonitoringPeriod year = new MonitoringPeriod(LocalDate.now().minusYears(1), LocalDate.now());
            int inNetwork =
                    network.report("buurtgezinnen", year).municipalities().size();
            long[] all = BenchmarkTimings.time(2, 10, () -> network.report("buurtgezinnen", year));

            String report = "\n## Monitoring at scale (service calls incl. database)\n"
                    + "| operation | data | runs | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n"
                    + BenchmarkTimings.row("municipality report, all tables", "5 years, " + MATCHES + " matches", one)
                    + BenchmarkTimings.row("of which the 8 case queries", "the same", queries)
                    + BenchmarkTimings.row("network view", inNetwork + " municipalities (1 with data, 1 year)", all)
                    + String.format(
                            "%nProvisioning the extra municipalities took %.0f s; heap used after: %d MiB%n",
                            provisioningSeconds, BenchmarkTimings.usedHeapMiB());
            BenchmarkTimings.publish(report);
        }
    }

    /** 5 years of work: families, support families, matches in every state, evaluations, outcomes, signals. */
    private static void fill(JdbcTemplate jdbc, String s) {
        Random random = new Random(11);
        List<Object[]> supportFamilies = new ArrayList<>();
        List<UUID> supportIds = new ArrayList<>();
        for (int i = 0; i < SUPPORT_FAMILIES; i++) {
            UUID id = UUID.randomUUID();
            supportIds.add(id);
            supportFamilies.add(new Object[] {
                id, "Steungezin " + i, i % 5 == 0 ? "PAUSED" : "AVAILABLE", START.plusDays(random.nextInt(1_500))
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO " + s + "support_family (id, household_name, postcode, status, created_at, version,"
                        + " capacity, status_changed_on) VALUES (?, ?, '7901 AA', ?, ?::date, 0, 2, ?::date)",
                supportFamilies.stream()
                        .map(r -> new Object[] {r[0], r[1], r[2], r[3], r[3]})
                        .toList());
        List<Object[]> families = new ArrayList<>();
        List<Object[]> matches = new ArrayList<>();
        List<Object[]> evaluations = new ArrayList<>();
        List<Object[]> outcomes = new ArrayList<>();
        for (int i = 0; i < MATCHES; i++) {
            UUID family = UUID.randomUUID();
            LocalDate registered = START.plusDays(random.nextInt(1_700));
            LocalDate trial = registered.plusDays(20 + random.nextInt(80));
            boolean ended = trial.plusDays(200).isBefore(LocalDate.now()) && random.nextInt(4) > 0;
            LocalDate endedOn = ended ? trial.plusDays(60 + random.nextInt(300)) : null;
            families.add(new Object[] {
                family,
                "Gezin " + i,
                registered,
                ended ? "CLOSED" : "MATCHED",
                SOURCES[i % SOURCES.length],
                "POVERTY,NO_OWN_NETWORK",
                trial
            });
            UUID match = UUID.randomUUID();
            matches.add(new Object[] {
                match,
                family,
                supportIds.get(random.nextInt(supportIds.size())),
                ended ? "ENDED" : "ACTIVE",
                registered.plusDays(10),
                trial,
                trial.plusDays(56),
                endedOn,
                ended ? REASONS[random.nextInt(REASONS.length)] : null
            });
            evaluations.add(new Object[] {UUID.randomUUID(), match, trial.plusDays(56), random.nextInt(5) > 0});
            outcomes.add(new Object[] {UUID.randomUUID(), family, match, "INTAKE", registered.plusDays(7)});
            if (ended) {
                outcomes.add(new Object[] {UUID.randomUUID(), family, match, "CLOSING", endedOn});
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO " + s + "family (id, parent_name, postcode, number_of_children, registration_date,"
                        + " status, created_at, version, source, reasons, status_changed_on, day_parts_per_week)"
                        + " VALUES (?, ?, '7901 AA', 1, ?, ?, now(), 0, ?, ?, ?, 1)",
                families);
        jdbc.batchUpdate(
                "INSERT INTO " + s + "family_intake (family_id, visit_date, coordinator, outcome)"
                        + " VALUES (?, ?, 'coordinator.bench', 'SUITABLE')",
                families.stream()
                        .map(f -> new Object[] {f[0], ((LocalDate) f[2]).plusDays(7)})
                        .toList());
        jdbc.batchUpdate(
                "INSERT INTO " + s + "family_match (id, family_id, support_family_id, status, child_ids,"
                        + " number_of_children, day_parts, proposed_on, trial_start, active_since, ended_on,"
                        + " close_reason, coordinator, created_at, version)"
                        + " VALUES (?, ?, ?, ?, '', 1, 'WEDNESDAY_AFTERNOON', ?, ?, ?, ?, ?, 'coordinator.bench',"
                        + " now(), 0)",
                matches);
        jdbc.batchUpdate(
                "INSERT INTO " + s + "evaluation (id, match_id, kind, held_on, decision, coordinator)"
                        + " VALUES (?, ?, 'TRIAL', ?, CASE WHEN ? THEN 'CONTINUE' ELSE 'END' END, 'coordinator.bench')",
                evaluations);
        jdbc.batchUpdate(
                "INSERT INTO " + s + "outcome_measurement (id, family_id, match_id, moment, measured_on,"
                        + " parenting_strain, family_rest, own_network, child_wellbeing, dropped_out,"
                        + " goal_reached_without_help) VALUES (?, ?, ?, ?, ?, 3, 2, 2, 3, false, true)",
                outcomes);
    }
}
