package nl.naober.registration.web;

import java.time.Duration;

/**
 * Too many registrations from one address, or for one municipality, even with a proof of work (the hard ceiling):
 * 429, and nothing is stored. Below the ceiling it is a {@link ChallengeRequired}.
 */
class RateLimitExceeded extends RuntimeException {

    private final Duration retryAfter;

    RateLimitExceeded(Duration retryAfter) {
        super("registration rate limit reached; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    static RateLimitExceeded retryAfterNanos(long nanos) {
        return new RateLimitExceeded(Duration.ofNanos(nanos));
    }

    /** Whole seconds for the {@code Retry-After} header, rounded up: retrying earlier would be refused again. */
    long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** Whole minutes for a person, rounded up. */
    long retryAfterMinutes() {
        return Math.max(1, (retryAfterSeconds() + 59) / 60);
    }
}
