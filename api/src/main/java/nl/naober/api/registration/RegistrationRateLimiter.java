package nl.naober.api.registration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * How many registrations one client address, and one municipality, may send per period (Bucket4j token buckets
 * that refill evenly). In memory and per application instance: with several replicas each allows the configured
 * numbers, which is enough to stop a script and keeps a database round trip out of every registration.
 *
 * <p>Buckets are kept in bounded Caffeine caches, so a flood of addresses cannot grow memory without limit. A bucket
 * nobody used for a whole period has refilled completely, so forgetting it then changes nothing.
 */
class RegistrationRateLimiter {

    /** The Netherlands has 342 municipalities; the registry keeps unknown codes from ever getting here. */
    private static final int MAX_MUNICIPALITIES = 2_000;

    private final RegistrationProperties.RateLimit limits;
    private final TimeMeter time;
    private final Cache<String, Bucket> clients;
    private final Cache<String, Bucket> municipalities;

    RegistrationRateLimiter(RegistrationProperties.RateLimit limits, TimeMeter time) {
        this.limits = limits;
        this.time = time;
        this.clients = Caffeine.newBuilder()
                .maximumSize(limits.maxTrackedClients())
                .expireAfterAccess(limits.period())
                .build();
        this.municipalities = Caffeine.newBuilder()
                .maximumSize(MAX_MUNICIPALITIES)
                .expireAfterAccess(limits.period())
                .build();
    }

    /**
     * Takes one registration from the client's and the municipality's allowance.
     *
     * @param clientAddress see {@link ClientAddress}
     * @throws RateLimitExceeded when either allowance is used up; then neither is charged
     */
    void acquire(String clientAddress, String municipalityCode) {
        Bucket client = clients.get(clientAddress, key -> bucket(limits.perClient()));
        ConsumptionProbe byClient = client.tryConsumeAndReturnRemaining(1);
        if (!byClient.isConsumed()) {
            throw RateLimitExceeded.retryAfterNanos(byClient.getNanosToWaitForRefill());
        }
        Bucket municipality = municipalities.get(municipalityCode, key -> bucket(limits.perMunicipality()));
        ConsumptionProbe byMunicipality = municipality.tryConsumeAndReturnRemaining(1);
        if (!byMunicipality.isConsumed()) {
            // Refused for the municipality's sake: the client's own allowance stays as it was.
            client.addTokens(1);
            throw RateLimitExceeded.retryAfterNanos(byMunicipality.getNanosToWaitForRefill());
        }
    }

    private Bucket bucket(int perPeriod) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perPeriod).refillGreedy(perPeriod, limits.period()))
                .withCustomTimePrecision(time)
                .build();
    }
}
