package nl.naober.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.naober.NaoberApplication;
import nl.naober.matching.MatchSuggestions;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.municipality.NewMunicipality;
import nl.naober.tenancy.OwnerDatabase;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import nl.naober.work.MyWorkService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Case work at scale in one municipality: match suggestions for a family among 5,000 support families, and "Mijn
 * werk" with 2,000 open cases. The data is bulk-inserted with SQL (the services would take minutes); the timed
 * calls go through the real services, database included, in the tenant context. Prints p50/p99 and heap; run with
 * {@code ./mvnw -B -Pbenchmark verify}; results are appended to {@code target/benchmark-results.md}.
 */
@Tag("benchmark")
class CaseWorkBenchmark {

    private static final int SUPPORT_FAMILIES = 5_000;
    private static final int OPEN_CASES = 2_000;
    private static final int WARM_UP = 30;
    private static final int RUNS = 200;
    private static final String[] DAY_PARTS = {
        "MONDAY_AFTERNOON",
        "WEDNESDAY_AFTERNOON",
        "WEDNESDAY_MORNING",
        "FRIDAY_AFTERNOON",
        "SATURDAY_MORNING",
        "SATURDAY_AFTERNOON",
        "SUNDAY_AFTERNOON"
    };

    @Test
    void measure() throws Exception {
        Path data = Files.createTempDirectory("naober-bench-casework");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NaoberApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--naober.embedded-postgres.data-dir=" + data.resolve("postgres"),
                        "--naober.demo.case-data.enabled=false",
                        "--logging.level.root=warn")) {
            app.getBean(MunicipalityProvisioning.class)
                    .provision(new NewMunicipality("bench-casework", "Benchgemeente", "GM9999", "buurtgezinnen"));
            JdbcTemplate jdbc =
                    new JdbcTemplate(app.getBean(OwnerDatabase.class).dataSource());
            UUID family = fill(jdbc);
            // What autovacuum would do after a bulk load; without statistics the planner guesses tiny tables.
            jdbc.execute("ANALYZE");

            MatchSuggestions suggestions = app.getBean(MatchSuggestions.class);
            MyWorkService work = app.getBean(MyWorkService.class);
            Tenant tenant = Tenant.of("bench-casework");
            int[] found = new int[1];
            long[] suggest = BenchmarkTimings.time(
                    WARM_UP,
                    RUNS,
                    () -> TenantContext.call(
                            tenant,
                            () -> found[0] = suggestions.suggest(family, 10).size()));
            long[] myWork =
                    BenchmarkTimings.time(WARM_UP, RUNS, () -> TenantContext.call(tenant, () -> work.overview(null)));

            StringBuilder report = new StringBuilder();
            report.append("\n## Case work at scale (one municipality, service calls incl. database)\n")
                    .append("| operation | data | runs | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n")
                    .append(BenchmarkTimings.row(
                            "match suggestions (top 10)", SUPPORT_FAMILIES + " support families", suggest))
                    .append(BenchmarkTimings.row("Mijn werk (whole municipality)", OPEN_CASES + " open cases", myWork))
                    .append("\nSuggestions returned: ")
                    .append(found[0])
                    .append("; heap used after: ")
                    .append(BenchmarkTimings.usedHeapMiB())
                    .append(" MiB\n");
            BenchmarkTimings.publish(report.toString());
        }
    }

    /** 5,000 available support families (most with valid VOGs) and 2,000 open cases; returns a waiting family. */
    private static UUID fill(JdbcTemplate jdbc) {
        Random random = new Random(7);
        LocalDate today = LocalDate.now();
        String s = "t_bench_casework.";
        for (int i = 0; i < SUPPORT_FAMILIES; i++) {
            UUID id = UUID.randomUUID();
            UUID adult = UUID.randomUUID();
            jdbc.update(
                    "INSERT INTO " + s + "support_family (id, household_name, postcode, status, created_at, version,"
                            + " latitude, longitude, available_day_parts, capacity, min_age, max_age, experience)"
                            + " VALUES (?, ?, '7901 AA', 'AVAILABLE', now(), 0, ?, ?, ?, ?, 0, 12, ?)",
                    id,
                    "Steungezin " + i,
                    52.6 + random.nextDouble() * 0.3,
                    6.3 + random.nextDouble() * 0.4,
                    DAY_PARTS[random.nextInt(DAY_PARTS.length)] + "," + DAY_PARTS[random.nextInt(DAY_PARTS.length)],
                    1 + random.nextInt(2),
                    random.nextBoolean() ? "ADHD" : "AUTISM");
            jdbc.update(
                    "INSERT INTO " + s + "household_member (id, support_family_id, first_name, birth_date)"
                            + " VALUES (?, ?, 'Volwassene', ?)",
                    adult,
                    id,
                    today.minusYears(30 + random.nextInt(30)));
            jdbc.update(
                    "INSERT INTO " + s + "conduct_certificate (id, member_id, requested_on, received_on, issued_on)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    UUID.randomUUID(),
                    adult,
                    today.minusYears(1),
                    today.minusYears(1),
                    today.minusDays(random.nextInt(1_200)));
        }
        List<UUID> supportFamilies = jdbc.queryForList("SELECT id FROM " + s + "support_family", UUID.class);
        UUID waiting = null;
        for (int i = 0; i < OPEN_CASES; i++) {
            UUID family = UUID.randomUUID();
            String status = i % 4 == 0 ? "REGISTERED" : i % 4 == 1 ? "WAITING" : "MATCHED";
            jdbc.update(
                    "INSERT INTO " + s + "family (id, parent_name, postcode, number_of_children, registration_date,"
                            + " status, created_at, version, latitude, longitude, preferred_day_parts,"
                            + " day_parts_per_week, coordinator) VALUES (?, ?, '7901 AA', 1, ?, ?, now(), 0, ?, ?,"
                            + " 'WEDNESDAY_AFTERNOON,SATURDAY_MORNING', 1, 'coordinator.bench')",
                    family,
                    "Gezin " + i,
                    today.minusDays(random.nextInt(700)),
                    status,
                    52.7 + random.nextDouble() * 0.1,
                    6.4 + random.nextDouble() * 0.1);
            UUID child = UUID.randomUUID();
            jdbc.update(
                    "INSERT INTO " + s + "child (id, family_id, first_name, birth_date, needs) VALUES (?, ?, 'Kind', ?,"
                            + " 'ADHD')",
                    child,
                    family,
                    today.minusYears(2 + random.nextInt(10)));
            if (status.equals("MATCHED")) {
                boolean trial = random.nextBoolean();
                jdbc.update(
                        "INSERT INTO " + s + "family_match (id, family_id, support_family_id, status, child_ids,"
                                + " number_of_children, day_parts, proposed_on, trial_start, trial_planned_end,"
                                + " next_evaluation_due, coordinator, created_at, version)"
                                + " VALUES (?, ?, ?, ?, ?, 1, 'WEDNESDAY_AFTERNOON', ?, ?, ?, ?, 'coordinator.bench',"
                                + " now(), 0)",
                        UUID.randomUUID(),
                        family,
                        supportFamilies.get(random.nextInt(supportFamilies.size())),
                        trial ? "TRIAL" : "ACTIVE",
                        child.toString(),
                        today.minusDays(90),
                        today.minusDays(60),
                        today.plusDays(random.nextInt(60)),
                        today.plusDays(random.nextInt(200)));
            }
            if (status.equals("WAITING") && waiting == null) {
                waiting = family;
            }
        }
        return waiting;
    }
}
