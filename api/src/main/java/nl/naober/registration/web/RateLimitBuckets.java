package nl.naober.registration.web;

import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * Where the registration limiter keeps its token buckets: in the catalog for the application (every replica takes
 * from the same buckets, {@link RegistrationConfiguration}), in memory for the limiter's unit test.
 */
@FunctionalInterface
interface RateLimitBuckets {

    /** The bucket under {@code key}, made full (capacity {@code perPeriod}, refilled evenly) on first use. */
    Bucket bucket(String key, int perPeriod, Duration period);
}
