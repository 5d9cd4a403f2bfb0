package nl.naober.api.registration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * How many registrations one client address, and one municipality, may send per period (Bucket4j token buckets that
 * refill evenly). Past that allowance a registration still gets in with a solved proof of work, up to a hard ceiling
 * of {@code ceilingFactor} times the allowance: a few addresses that use up a municipality's allowance then slow
 * genuine registrations down by a few seconds of a phone's CPU instead of blocking them for an hour, and solved
 * challenges cannot flood the database either. In memory and per application instance: with several replicas each
 * allows the configured numbers, which is enough to stop a script and keeps a database round trip out of every
 * registration.
 *
 * <p>Every time a limit is reached, {@value #LIMITED} counts it per municipality and limit, so operators see a flood
 * (no client address in the tags). Buckets are kept in bounded Caffeine caches, so a flood of addresses cannot grow
 * memory without limit. A bucket nobody used for a whole period has refilled completely, so forgetting it then changes
 * nothing.
 */
class RegistrationRateLimiter {

    /** In Prometheus: {@code naober_public_registration_limited_total{municipality, limit}}. */
    static final String LIMITED = "naober.public.registration.limited";

    /** The Netherlands has 342 municipalities; the registry keeps unknown codes from ever getting here. */
    private static final int MAX_MUNICIPALITIES = 2_000;

    /** Which allowance was used up; the metric's {@code limit} tag. */
    enum Limit {
        CLIENT,
        MUNICIPALITY,
        CLIENT_CEILING,
        MUNICIPALITY_CEILING;

        String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final RegistrationProperties.RateLimit limits;
    private final int ceilingFactor;
    private final TimeMeter time;
    private final MeterRegistry meters;
    private final Cache<String, Bucket[]> clients;
    private final Cache<String, Bucket[]> municipalities;

    RegistrationRateLimiter(
            RegistrationProperties.RateLimit limits, int ceilingFactor, TimeMeter time, MeterRegistry meters) {
        this.limits = limits;
        this.ceilingFactor = ceilingFactor;
        this.time = time;
        this.meters = meters;
        this.clients = Caffeine.newBuilder()
                .maximumSize(limits.maxTrackedClients())
                .expireAfterAccess(limits.period())
                .build();
        this.municipalities = Caffeine.newBuilder()
                .maximumSize(MAX_MUNICIPALITIES)
                .expireAfterAccess(limits.period())
                .build();
    }

    /** {@link #acquire(String, String, BooleanSupplier)} for a request without a proof of work. */
    void acquire(String clientAddress, String municipalityCode) {
        acquire(clientAddress, municipalityCode, () -> false);
    }

    /**
     * Takes one registration from the client's and the municipality's allowance, or, when one is used up, from their
     * ceiling if the request solved a proof of work.
     *
     * @param clientAddress see {@link ClientAddress}
     * @param solved asked only past an allowance: whether the request carries a valid, unused proof of work (asking
     *     uses it up)
     * @throws ChallengeRequired past an allowance without a proof of work; nothing is charged
     * @throws RateLimitExceeded past a ceiling; nothing is charged
     */
    void acquire(String clientAddress, String municipalityCode, BooleanSupplier solved) {
        Bucket[] client = clients.get(clientAddress, key -> buckets(limits.perClient()));
        Bucket[] municipality = municipalities.get(municipalityCode, key -> buckets(limits.perMunicipality()));
        // [1] is the ceiling: taken first, so a request past it costs no allowance.
        ConsumptionProbe clientCeiling = client[1].tryConsumeAndReturnRemaining(1);
        if (!clientCeiling.isConsumed()) {
            throw limited(municipalityCode, Limit.CLIENT_CEILING, clientCeiling, false);
        }
        ConsumptionProbe municipalityCeiling = municipality[1].tryConsumeAndReturnRemaining(1);
        if (!municipalityCeiling.isConsumed()) {
            client[1].addTokens(1);
            throw limited(municipalityCode, Limit.MUNICIPALITY_CEILING, municipalityCeiling, false);
        }
        ConsumptionProbe byClient = client[0].tryConsumeAndReturnRemaining(1);
        if (byClient.isConsumed()) {
            ConsumptionProbe byMunicipality = municipality[0].tryConsumeAndReturnRemaining(1);
            if (byMunicipality.isConsumed()) {
                return;
            }
            // Past the municipality's allowance: the client's own stays as it was.
            client[0].addTokens(1);
            pastAllowance(municipalityCode, Limit.MUNICIPALITY, byMunicipality, solved, client, municipality);
        } else {
            pastAllowance(municipalityCode, Limit.CLIENT, byClient, solved, client, municipality);
        }
    }

    private void pastAllowance(
            String municipalityCode,
            Limit limit,
            ConsumptionProbe probe,
            BooleanSupplier solved,
            Bucket[] client,
            Bucket[] municipality) {
        if (solved.getAsBoolean()) {
            counter(municipalityCode, limit).increment();
            return;
        }
        client[1].addTokens(1);
        municipality[1].addTokens(1);
        throw limited(municipalityCode, limit, probe, true);
    }

    private RateLimitExceeded limited(String municipalityCode, Limit limit, ConsumptionProbe probe, boolean soft) {
        counter(municipalityCode, limit).increment();
        Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
        return soft ? new ChallengeRequired(wait) : new RateLimitExceeded(wait);
    }

    private Counter counter(String municipalityCode, Limit limit) {
        return Counter.builder(LIMITED)
                .description("Public registrations past a rate limit (allowance: a proof of work was asked or given;"
                        + " ceiling: refused)")
                .tag("municipality", municipalityCode)
                .tag("limit", limit.tag())
                .register(meters);
    }

    /** [0] the allowance, [1] the ceiling. */
    private Bucket[] buckets(int perPeriod) {
        return new Bucket[] {bucket(perPeriod), bucket(perPeriod * ceilingFactor)};
    }

    private Bucket bucket(int perPeriod) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perPeriod).refillGreedy(perPeriod, limits.period()))
                .withCustomTimePrecision(time)
                .build();
    }
}
