package nl.naober.observability.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import nl.naober.tenancy.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The business metrics per municipality (infra/monitoring/README.md has the table). A scheduled refresh reads the
 * {@link MunicipalityCounts} of every active municipality, one query each, and keeps the latest in memory; the
 * meters only read that memory, so a scrape never queries the database. A municipality's meters are registered
 * after its first successful read and removed once it is no longer active (suspended, removed), so its series
 * drop out. A municipality that fails keeps its last values and counts a refresh failure; the others go on.
 *
 * <p>Tags hold the municipality code, a match state or a trial outcome: never a person's data. Off with {@code
 * naober.metrics.enabled=false}; the interval is {@code naober.metrics.refresh-interval} (default one minute).
 */
@Component
@ConditionalOnProperty(name = "naober.metrics.enabled", havingValue = "true", matchIfMissing = true)
public class BusinessMetrics {

    static final String MUNICIPALITY = "municipality";
    static final long SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

    private static final Logger log = LoggerFactory.getLogger(BusinessMetrics.class);

    private final ActiveMunicipalities municipalities;
    private final MunicipalityCountsQuery query;
    private final MeterRegistry registry;
    private final Timer refreshTimer;

    /** Read by the meters on every scrape, written by the refresh. */
    private final Map<String, MunicipalityCounts> latest = new ConcurrentHashMap<>();

    /** The meters of each municipality, to remove when it drops out; only touched inside {@link #refresh()}. */
    private final Map<String, List<Meter>> meters = new HashMap<>();

    /** The municipalities whose value meters are registered (a failure counter may come first). */
    private final Set<String> withValues = new HashSet<>();

    BusinessMetrics(ActiveMunicipalities municipalities, MunicipalityCountsQuery query, MeterRegistry registry) {
        this.municipalities = municipalities;
        this.query = query;
        this.registry = registry;
        this.refreshTimer = Timer.builder("naober.metrics.refresh")
                .description("Time to refresh the business metrics of all active municipalities")
                .register(registry);
    }

    /** Reads every active municipality again; also callable directly (tests, an operator's trigger). */
    @Scheduled(fixedDelayString = "${naober.metrics.refresh-interval:PT60S}")
    public synchronized void refresh() {
        refreshTimer.record(() -> {
            List<Tenant> tenants;
            try {
                tenants = municipalities.list();
            } catch (RuntimeException e) {
                // Without the catalog (database down) nothing can be read; every value stays until the next round.
                log.warn(
                        "Business metrics not refreshed: the active municipalities could not be read ({})",
                        e.toString());
                return;
            }
            Set<String> active = new HashSet<>();
            for (Tenant tenant : tenants) {
                active.add(tenant.code());
                refresh(tenant);
            }
            for (String code : List.copyOf(meters.keySet())) {
                if (!active.contains(code)) {
                    drop(code);
                }
            }
        });
    }

    private void refresh(Tenant tenant) {
        String code = tenant.code();
        try {
            latest.put(code, query.countsOf(tenant));
            if (withValues.add(code)) {
                register(code);
            }
        } catch (RuntimeException e) {
            // The query returns counts only, so the exception carries no person's data.
            log.warn("Business metrics of municipality {} not refreshed; its last values stay", code, e);
            Counter failures = Counter.builder("naober.metrics.refresh.failures")
                    .description("Refreshes of a municipality's business metrics that failed")
                    .tag(MUNICIPALITY, code)
                    .register(registry);
            List<Meter> own = meters.computeIfAbsent(code, c -> new ArrayList<>());
            if (!own.contains(failures)) {
                own.add(failures);
            }
            failures.increment();
        }
    }

    /** The value meters of a municipality, after its first successful read (a failure counter may exist already). */
    private void register(String code) {
        List<Meter> own = meters.computeIfAbsent(code, c -> new ArrayList<>());
        Tags tags = Tags.of(MUNICIPALITY, code);
        own.add(gauge(
                "naober.families.waiting",
                "Families on the waiting list (status WAITING)",
                tags,
                code,
                MunicipalityCounts::familiesWaiting));
        own.add(gauge(
                "naober.family.registrations.unhandled",
                "Family registrations without intake yet (status REGISTERED)",
                tags,
                code,
                MunicipalityCounts::registrationsUnhandled));
        own.add(Gauge.builder(
                        "naober.families.waiting.longest",
                        () -> value(code, c -> c.longestWaitDays() * SECONDS_PER_DAY))
                .description("Time since registration of the longest-waiting family on the waiting list, 0 when none")
                .baseUnit("seconds")
                .tags(tags)
                .register(registry));
        own.add(gauge(
                "naober.matches",
                "Open matches in this state",
                tags.and("state", "PROPOSED"),
                code,
                MunicipalityCounts::matchesProposed));
        own.add(gauge(
                "naober.matches",
                "Open matches in this state",
                tags.and("state", "TRIAL"),
                code,
                MunicipalityCounts::matchesTrial));
        own.add(gauge(
                "naober.matches",
                "Open matches in this state",
                tags.and("state", "ACTIVE"),
                code,
                MunicipalityCounts::matchesActive));
        own.add(gauge(
                "naober.support.families.available",
                "Support families available for a match (status AVAILABLE)",
                tags,
                code,
                MunicipalityCounts::supportFamiliesAvailable));
        own.add(gauge(
                "naober.evaluations.overdue",
                "Open matches past their trial end (TRIAL) or next evaluation date (ACTIVE)",
                tags,
                code,
                MunicipalityCounts::evaluationsOverdue));
        own.add(gauge(
                "naober.registrations.inbox",
                "Self-registrations (public form or API) no coordinator has taken up yet",
                tags,
                code,
                MunicipalityCounts::inboxWaiting));
        own.add(gauge(
                "naober.mail.outbox.pending",
                "Mails in the outbox not yet accepted by a mail server",
                tags,
                code,
                MunicipalityCounts::mailsPending));
        own.add(Gauge.builder(
                        "naober.mail.outbox.oldest", () -> value(code, MunicipalityCounts::oldestPendingMailSeconds))
                .description("How long the oldest pending mail has waited, 0 when none")
                .baseUnit("seconds")
                .tags(tags)
                .register(registry));
        own.add(trialOutcomes(tags.and("outcome", "continued"), code, MunicipalityCounts::trialsContinued));
        own.add(trialOutcomes(tags.and("outcome", "ended"), code, MunicipalityCounts::trialsEnded));
    }

    private Gauge gauge(
            String name, String description, Tags tags, String code, ToLongFunction<MunicipalityCounts> count) {
        return Gauge.builder(name, () -> value(code, count))
                .description(description)
                .tags(tags)
                .register(registry);
    }

    /** A counter read from the evaluations table, so it keeps its total across restarts and instances. */
    private FunctionCounter trialOutcomes(Tags tags, String code, ToLongFunction<MunicipalityCounts> count) {
        return FunctionCounter.builder("naober.trial.outcomes", this, self -> self.value(code, count))
                .description("Trial evaluations by decision: continued or ended")
                .tags(tags)
                .register(registry);
    }

    private double value(String code, ToLongFunction<MunicipalityCounts> count) {
        MunicipalityCounts counts = latest.get(code);
        return counts == null ? Double.NaN : count.applyAsLong(counts);
    }

    private void drop(String code) {
        meters.remove(code).forEach(registry::remove);
        withValues.remove(code);
        latest.remove(code);
    }

    /** The latest counts of a municipality, for tests. */
    MunicipalityCounts latest(String code) {
        return latest.get(code);
    }
}
