package nl.naober.registration.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * How many registrations one client address, and one municipality, may send per period (Bucket4j token buckets that
 * refill evenly). Past that allowance a registration still gets in with a solved proof of work, up to a hard ceiling
 * of {@code ceilingFactor} times the allowance: a few addresses that use up a municipality's allowance then slow
 * genuine registrations down by a few seconds of a phone's CPU instead of blocking them for an hour, and solved
 * challenges cannot flood the database either. The buckets are in the catalog ({@link RateLimitBuckets}), shared by
 * all replicas: two pods together allow the configured numbers, not twice them (issue 17).
 *
 * <p>Every time a limit is reached, {@value #LIMITED} counts it per municipality and limit, so operators see a flood
 * (no client address in the tags). A client's bucket is keyed by a SHA-256 of its address (an IP address is personal
 * data), not the address itself.
 */
class RegistrationRateLimiter {

    /** In Prometheus: {@code naober_public_registration_limited_total{municipality, limit}}. */
    static final String LIMITED = "naober.public.registration.limited";

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
    private final RateLimitBuckets buckets;
    private final MeterRegistry meters;

    RegistrationRateLimiter(
            RegistrationProperties.RateLimit limits,
            int ceilingFactor,
            RateLimitBuckets buckets,
            MeterRegistry meters) {
        this.limits = limits;
        this.ceilingFactor = ceilingFactor;
        this.buckets = buckets;
        this.meters = meters;
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
        Bucket[] client = buckets("registration/client/" + hash(clientAddress), limits.perClient());
        Bucket[] municipality = buckets("registration/municipality/" + municipalityCode, limits.perMunicipality());
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

    /**
     * [0] the allowance, [1] the ceiling. The key names the limit: a stored bucket keeps the configuration it was made
     * with, so after a change of the settings the new numbers apply at once to fresh buckets.
     */
    private Bucket[] buckets(String key, int perPeriod) {
        String per = "/per-" + limits.period().toSeconds() + "s/";
        int ceiling = perPeriod * ceilingFactor;
        return new Bucket[] {
            buckets.bucket(key + per + perPeriod, perPeriod, limits.period()),
            buckets.bucket(key + per + ceiling + "-ceiling", ceiling, limits.period())
        };
    }

    /**
     * Not the address: SHA-256, Base64 (43 characters; the key column takes 200). Unkeyed, so an IPv4 address could be
     * found again by hashing all 2^32; the rows live about an hour, and a keyed hash would need a secret shared by
     * all replicas.
     */
    static String hash(String clientAddress) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
