package nl.naober.observability.metrics;

import static nl.naober.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.municipality.InvalidMunicipalityException;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.NewMunicipality;
import nl.naober.support.CbsCodes;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import nl.naober.support.TestDatabaseInitializer;
import nl.naober.tenancy.TenantCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The business metrics on {@code /actuator/prometheus}: exact counts per municipality from known rows, tags that
 * hold nothing but municipality codes, states and outcomes, and a suspended municipality that drops out.
 */
@NaoberIntegrationTest
class BusinessMetricsTest {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");
    // task: the background job of naober_job_failures_total (three fixed names)
    private static final Set<String> ALLOWED_LABELS = Set.of("municipality", "state", "outcome", "application", "task");
    private static final long DAY = 86_400;

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityProvisioning provisioning;

    @Autowired
    MunicipalityRegistry registry;

    @Autowired
    BusinessMetrics metrics;

    /** A metric sample: name, labels, value. */
    record Sample(String name, Map<String, String> labels, double value) {}

    @Test
    void eachMunicipalityShowsItsOwnCountsTaggedByCodeOnlyAndASuspendedOneDropsOut() {
        LocalDate today = LocalDate.now();
        String run = Long.toString(System.nanoTime(), 36);
        String busy = provision("metrics-a-" + run);
        String quiet = provision("metrics-b-" + run);
        String secret = "Geheim" + run;

        Fill a = new Fill(busy, secret);
        a.family("WAITING", today.minusDays(10));
        a.family("WAITING", today.minusDays(40));
        a.family("WAITING", today);
        a.family("REGISTERED", today.minusDays(2));
        a.family("REGISTERED", today.minusDays(1));
        a.family("INTAKE", today.minusDays(50));
        a.family("CLOSED", today.minusDays(400));
        UUID available = a.supportFamily("AVAILABLE");
        a.supportFamily("AVAILABLE");
        a.supportFamily("PAUSED");
        a.supportFamily("STOPPED");
        UUID matched = a.family("MATCHED", today.minusDays(100));
        a.match(matched, available, "PROPOSED", null, null);
        UUID overdueTrial = a.match(matched, available, "TRIAL", today.minusDays(1), today.minusDays(1));
        a.match(matched, available, "TRIAL", today, today);
        a.match(matched, available, "ACTIVE", today.minusDays(60), today.minusDays(3));
        UUID dueToday = a.match(matched, available, "ACTIVE", today.minusDays(60), today);
        UUID ended = a.match(matched, available, "ENDED", today.minusDays(200), today.minusDays(150));
        a.match(matched, available, "CANCELLED", null, null);
        a.evaluation(overdueTrial, "PERIODIC", null);
        a.evaluation(dueToday, "TRIAL", "CONTINUE");
        a.evaluation(dueToday, "TRIAL", "CONTINUE");
        a.evaluation(ended, "TRIAL", "END");
        a.selfRegistration(a.family("REGISTERED", today), false);
        a.selfRegistration(matched, true);
        a.mail("PENDING", 3600);
        a.mail("PENDING", 60);
        a.mail("SENT", 7200);

        Fill b = new Fill(quiet, secret);
        b.family("WAITING", today.minusDays(7));
        b.supportFamily("AVAILABLE");

        metrics.refresh();
        List<Sample> samples = scrape();

        Map<String, Double> busySeries = new java.util.HashMap<>(series(samples, busy));
        assertThat(busySeries.remove("naober_mail_outbox_oldest_seconds"))
                .as("the oldest pending mail waited an hour when the metrics were read")
                .isBetween(3600.0, 3900.0);
        assertThat(series(samples, quiet)).containsEntry("naober_mail_outbox_oldest_seconds", 0.0);
        assertThat(busySeries)
                .as("municipality %s", busy)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("naober_families_waiting", 3.0),
                        Map.entry("naober_family_registrations_unhandled", 3.0),
                        Map.entry("naober_registrations_inbox", 1.0),
                        Map.entry("naober_mail_outbox_pending", 2.0),
                        Map.entry("naober_families_waiting_longest_seconds", 40.0 * DAY),
                        Map.entry("naober_matches{state=PROPOSED}", 1.0),
                        Map.entry("naober_matches{state=TRIAL}", 2.0),
                        Map.entry("naober_matches{state=ACTIVE}", 2.0),
                        Map.entry("naober_support_families_available", 2.0),
                        Map.entry("naober_evaluations_overdue", 2.0),
                        Map.entry("naober_trial_outcomes_total{outcome=continued}", 2.0),
                        Map.entry("naober_trial_outcomes_total{outcome=ended}", 1.0)));
        assertThat(series(samples, quiet))
                .as("municipality %s", quiet)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("naober_families_waiting", 1.0),
                        Map.entry("naober_family_registrations_unhandled", 0.0),
                        Map.entry("naober_registrations_inbox", 0.0),
                        Map.entry("naober_mail_outbox_pending", 0.0),
                        Map.entry("naober_mail_outbox_oldest_seconds", 0.0),
                        Map.entry("naober_families_waiting_longest_seconds", 7.0 * DAY),
                        Map.entry("naober_matches{state=PROPOSED}", 0.0),
                        Map.entry("naober_matches{state=TRIAL}", 0.0),
                        Map.entry("naober_matches{state=ACTIVE}", 0.0),
                        Map.entry("naober_support_families_available", 1.0),
                        Map.entry("naober_evaluations_overdue", 0.0),
                        Map.entry("naober_trial_outcomes_total{outcome=continued}", 0.0),
                        Map.entry("naober_trial_outcomes_total{outcome=ended}", 0.0)));

        List<Sample> business =
                samples.stream().filter(s -> s.name().startsWith("naober_")).toList();
        Set<String> municipalities = Set.copyOf(Sql.strings("SELECT code FROM platform.municipality"));
        assertThat(business).allSatisfy(s -> {
            assertThat(ALLOWED_LABELS).containsAll(s.labels().keySet());
            if (s.labels().containsKey("municipality")) {
                assertThat(municipalities).contains(s.labels().get("municipality"));
            }
            if (s.labels().containsKey("state")) {
                assertThat(s.labels().get("state")).isIn("PROPOSED", "TRIAL", "ACTIVE");
            }
            if (s.labels().containsKey("outcome")) {
                assertThat(s.labels().get("outcome")).isIn("continued", "ended");
            }
        });
        assertThat(business)
                .as("the refresh is timed")
                .anyMatch(s -> s.name().equals("naober_metrics_refresh_seconds_count") && s.value() >= 1);
        assertThat(rawScrape()).doesNotContain(secret).doesNotContain("9999 ZZ");

        Sql.execute("UPDATE platform.municipality SET status = 'SUSPENDED' WHERE code = ?", quiet);
        registry.refresh();
        metrics.refresh();
        List<Sample> afterSuspension = scrape();
        assertThat(series(afterSuspension, quiet)).as("suspended").isEmpty();
        assertThat(series(afterSuspension, busy)).containsEntry("naober_families_waiting", 3.0);
    }

    /** The samples of one municipality, keyed by name plus the labels other than municipality and application. */
    private static Map<String, Double> series(List<Sample> samples, String municipality) {
        Map<String, Double> series = new HashMap<>();
        samples.stream()
                .filter(s -> municipality.equals(s.labels().get("municipality")))
                .filter(s -> !s.name().startsWith("naober_metrics_"))
                .forEach(s -> {
                    Map<String, String> rest = new HashMap<>(s.labels());
                    rest.remove("municipality");
                    rest.remove("application");
                    String key = rest.isEmpty()
                            ? s.name()
                            : s.name() + "{"
                                    + rest.entrySet().stream()
                                            .map(e -> e.getKey() + "=" + e.getValue())
                                            .sorted()
                                            .reduce((x, y) -> x + "," + y)
                                            .orElseThrow()
                                    + "}";
                    assertThat(series.put(key, s.value()))
                            .as("one sample for %s", key)
                            .isNull();
                });
        return series;
    }

    private String rawScrape() {
        Http.Response response = new Http(port)
                .send(new Http(port)
                        .request("/actuator/prometheus", bearer(TestDatabaseInitializer.SCRAPE_TOKEN))
                        .header("Accept", "text/plain;version=0.0.4"));
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private List<Sample> scrape() {
        List<Sample> samples = new ArrayList<>();
        for (String line : rawScrape().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            assertThat(sample.find()).as(line).isTrue();
            Map<String, String> labels = new HashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return samples;
    }

    private String provision(String code) {
        Random random = new Random();
        for (int attempt = 0; ; attempt++) {
            try {
                provisioning.provision(new NewMunicipality(code, "Meting " + code, CbsCodes.free(), "buurtgezinnen"));
                return code;
            } catch (InvalidMunicipalityException e) {
                if (attempt == 5) {
                    throw e; // not a CBS code that happened to be taken
                }
            }
        }
    }

    /** Rows written straight into a municipality's schema, with only the columns the counts depend on varied. */
    private static final class Fill {
        private final String schema;
        private final String name;

        Fill(String code, String name) {
            this.schema = "\"" + TenantCode.schemaFor(code) + "\"";
            this.name = name;
        }

        UUID family(String status, LocalDate registered) {
            UUID id = UUID.randomUUID();
            Sql.execute(
                    "INSERT INTO " + schema + ".family (id, parent_name, postcode, number_of_children,"
                            + " registration_date, status, created_at) VALUES (?, ?, '9999 ZZ', 1, ?, ?, now())",
                    id,
                    name,
                    registered,
                    status);
            return id;
        }

        UUID supportFamily(String status) {
            UUID id = UUID.randomUUID();
            Sql.execute(
                    "INSERT INTO " + schema + ".support_family (id, household_name, postcode, status, created_at)"
                            + " VALUES (?, ?, '9999 ZZ', ?, now())",
                    id,
                    name,
                    status);
            return id;
        }

        UUID match(UUID family, UUID supportFamily, String status, LocalDate trialPlannedEnd, LocalDate due) {
            UUID id = UUID.randomUUID();
            Sql.execute(
                    "INSERT INTO " + schema + ".family_match (id, family_id, support_family_id, status, child_ids,"
                            + " number_of_children, day_parts, proposed_on, trial_planned_end, next_evaluation_due,"
                            + " created_at) VALUES (?, ?, ?, ?, '', 1, 'FRIDAY_AFTERNOON', CURRENT_DATE - 200, ?, ?,"
                            + " now())",
                    id,
                    family,
                    supportFamily,
                    status,
                    trialPlannedEnd,
                    due);
            return id;
        }

        void selfRegistration(UUID family, boolean handled) {
            Sql.execute(
                    "INSERT INTO " + schema + ".public_registration (id, kind, received_at, channel, first_name,"
                            + " family_id, content_hash, consent_version, consent_at, handled_at)"
                            + " VALUES (?, 'FAMILY', now(), 'FORM', ?, ?, ?, '2026-1', now(), "
                            + (handled ? "now()" : "NULL") + ")",
                    UUID.randomUUID(),
                    name,
                    family,
                    UUID.randomUUID().toString());
        }

        void mail(String status, int secondsAgo) {
            Sql.execute(
                    "INSERT INTO " + schema + ".outbox_mail (id, dedup_key, purpose, recipient, subject, body,"
                            + " created_at, status, next_attempt_at) VALUES (?, ?, 'NEW_REGISTRATION',"
                            + " 'coordinator@example.org', 'Onderwerp', 'Tekst', now() - make_interval(secs => ?), ?,"
                            + " now())",
                    UUID.randomUUID(),
                    UUID.randomUUID().toString(),
                    secondsAgo,
                    status);
        }

        void evaluation(UUID match, String kind, String decision) {
            Sql.execute(
                    "INSERT INTO " + schema + ".evaluation (id, match_id, kind, held_on, decision)"
                            + " VALUES (?, ?, ?, CURRENT_DATE, ?)",
                    UUID.randomUUID(),
                    match,
                    kind,
                    decision);
        }
    }
}
