package nl.naober.registration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import nl.naober.web.ClientAddress;
import org.junit.jupiter.api.Test;

/** The limiter on its own, with a clock the test moves. */
class RegistrationRateLimiterTest {

    private final FakeTime time = new FakeTime();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Map<String, Bucket> buckets = new HashMap<>();
    // The limiter's logic with buckets in memory; in the application they are in the catalog (TwoReplicasTest).
    private final RegistrationRateLimiter limiter = new RegistrationRateLimiter(
            new RegistrationProperties.RateLimit(3, 5, Duration.ofHours(1), 1_000),
            2,
            (key, perPeriod, period) -> buckets.computeIfAbsent(
                    key,
                    k -> Bucket.builder()
                            .addLimit(limit -> limit.capacity(perPeriod).refillGreedy(perPeriod, period))
                            .withCustomTimePrecision(time)
                            .build()),
            meters);

    @Test
    void oneAddressGetsItsAllowanceThenWaitsForTheNextRegistrationToRefill() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("192.0.2.1", "meppel");
        }
        RateLimitExceeded refused =
                catchThrowableOfType(RateLimitExceeded.class, () -> limiter.acquire("192.0.2.1", "meppel"));

        // 3 per hour, refilled evenly: the next one in 20 minutes.
        assertThat(refused.retryAfterSeconds()).isEqualTo(20 * 60);
        assertThat(refused.retryAfterMinutes()).isEqualTo(20);
        time.advance(Duration.ofMinutes(20));
        limiter.acquire("192.0.2.1", "meppel");
        assertThatThrownBy(() -> limiter.acquire("192.0.2.1", "meppel")).isInstanceOf(RateLimitExceeded.class);
    }

    @Test
    void aMunicipalityTakesItsAllowanceWhoeverSendsAndARefusalThereCostsTheAddressNothing() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire("192.0.2." + i, "emmen");
        }
        RateLimitExceeded refused =
                catchThrowableOfType(RateLimitExceeded.class, () -> limiter.acquire("192.0.2.9", "emmen"));
        assertThat(refused.retryAfterSeconds()).isEqualTo(12 * 60);

        // 192.0.2.9 was refused for emmen's sake: its own three are all still there for another municipality.
        for (int i = 0; i < 3; i++) {
            limiter.acquire("192.0.2.9", "meppel");
        }
        assertThatThrownBy(() -> limiter.acquire("192.0.2.9", "meppel")).isInstanceOf(RateLimitExceeded.class);
    }

    @Test
    void anAddressOverItsAllowanceDoesNotUseUpTheMunicipality() {
        for (int i = 0; i < 50; i++) {
            try {
                limiter.acquire("192.0.2.66", "hoogeveen");
            } catch (RateLimitExceeded expected) {
                // the script goes on trying
            }
        }
        limiter.acquire("192.0.2.67", "hoogeveen");
        limiter.acquire("192.0.2.68", "hoogeveen");
    }

    @Test
    void pastItsAllowanceAnAddressIsAskedForAProofOfWorkAndGetsInWithOneUpToTheCeiling() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("192.0.2.70", "meppel", () -> {
                throw new AssertionError("within the allowance nobody is asked for a proof of work");
            });
        }
        assertThatThrownBy(() -> limiter.acquire("192.0.2.70", "meppel", () -> false))
                .isInstanceOf(ChallengeRequired.class);
        // The ceiling is twice the allowance here: 3 more with a solved challenge, then a refusal whatever is sent.
        for (int i = 0; i < 3; i++) {
            limiter.acquire("192.0.2.70", "meppel", () -> true);
        }
        RateLimitExceeded refused = catchThrowableOfType(
                RateLimitExceeded.class, () -> limiter.acquire("192.0.2.70", "meppel", () -> true));
        assertThat(refused).isNotInstanceOf(ChallengeRequired.class);
        assertThat(limited("meppel", "client")).isEqualTo(4);
        assertThat(limited("meppel", "client-ceiling")).isEqualTo(1);
    }

    @Test
    void aFloodThatUsesUpTheMunicipalityLeavesEveryoneAWayInWithAProofOfWorkAndIsCounted() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire("192.0.2." + (100 + i), "emmen");
        }
        assertThatThrownBy(() -> limiter.acquire("192.0.2.200", "emmen")).isInstanceOf(ChallengeRequired.class);
        limiter.acquire("192.0.2.200", "emmen", () -> true);
        assertThat(limited("emmen", "municipality")).isEqualTo(2);
        for (int i = 0; i < 4; i++) {
            limiter.acquire("192.0.2." + (210 + i), "emmen", () -> true);
        }
        assertThatThrownBy(() -> limiter.acquire("192.0.2.220", "emmen", () -> true))
                .isInstanceOf(RateLimitExceeded.class)
                .isNotInstanceOf(ChallengeRequired.class);
        assertThat(limited("emmen", "municipality-ceiling")).isEqualTo(1);
    }

    private double limited(String municipality, String limit) {
        Counter counter = meters.find(RegistrationRateLimiter.LIMITED)
                .tag("municipality", municipality)
                .tag("limit", limit)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void ipv6AddressesCountPerSlash64() {
        assertThat(ClientAddress.key("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
                .isEqualTo(ClientAddress.key("2001:db8:1:2::1"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.key("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.key("2001:db8:1:2::1"));
        assertThat(ClientAddress.key("192.0.2.7")).isEqualTo("192.0.2.7");
    }

    private static final class FakeTime implements TimeMeter {

        private long nanos = 1_000_000_000L;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }
    }
}
