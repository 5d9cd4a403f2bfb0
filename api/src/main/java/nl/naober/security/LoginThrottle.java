package nl.naober.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Optional;
import nl.naober.web.ClientAddress;

/**
 * Failed local-mode logins per username and per client address (Bucket4j token buckets that refill evenly over the
 * period, in bounded Caffeine caches, per application instance). Only failures take a token; a successful login
 * takes and returns nothing, so it cannot reset anyone's count, its own included.
 *
 * <p>The check comes before the password is hashed and a failure is counted after: attempts already running when the
 * allowance runs out still finish (at most as many extra as an attacker sends at once). Taking the token before the
 * check would close that gap, but then a busy HTTP Basic client with more requests in flight than its allowance
 * would lock itself out.
 */
final class LoginThrottle {

    /** No username is longer; longer ones share one count instead of each taking memory. */
    private static final int MAX_USERNAME_LENGTH = 100;

    private final LoginThrottleProperties limits;
    private final TimeMeter time;
    private final Cache<String, Bucket> usernames;
    private final Cache<String, Bucket> addresses;

    LoginThrottle(LoginThrottleProperties limits, TimeMeter time) {
        this.limits = limits;
        this.time = time;
        // A bucket untouched for a whole period is full again: forgetting it then changes nothing.
        this.usernames = Caffeine.newBuilder()
                .maximumSize(limits.maxTracked())
                .expireAfterAccess(limits.period())
                .build();
        this.addresses = Caffeine.newBuilder()
                .maximumSize(limits.maxTracked())
                .expireAfterAccess(limits.period())
                .build();
    }

    /** How long this attempt must wait, if either allowance is used up. */
    Optional<Duration> refusal(String username, String address) {
        long nanos = Math.max(
                waitNanos(usernames.getIfPresent(usernameKey(username))),
                waitNanos(addresses.getIfPresent(ClientAddress.key(address))));
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    /** How long an attempt without a username (an API token) from this address must wait, if at all. */
    Optional<Duration> refusal(String address) {
        long nanos = waitNanos(addresses.getIfPresent(ClientAddress.key(address)));
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    /** A refused API token: it takes from the address's allowance only (a token names no user before it is known). */
    void failed(String address) {
        addresses
                .get(ClientAddress.key(address), key -> bucket(limits.perAddress()))
                .tryConsume(1);
    }

    void failed(String username, String address) {
        usernames
                .get(usernameKey(username), key -> bucket(limits.perUsername()))
                .tryConsume(1);
        addresses
                .get(ClientAddress.key(address), key -> bucket(limits.perAddress()))
                .tryConsume(1);
    }

    private static long waitNanos(Bucket bucket) {
        if (bucket == null) {
            return 0;
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private static String usernameKey(String username) {
        String name = String.valueOf(username);
        return name.length() > MAX_USERNAME_LENGTH ? name.substring(0, MAX_USERNAME_LENGTH + 1) : name;
    }

    private Bucket bucket(int perPeriod) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perPeriod).refillGreedy(perPeriod, limits.period()))
                .withCustomTimePrecision(time)
                .build();
    }
}
