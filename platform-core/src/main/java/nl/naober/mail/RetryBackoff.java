package nl.naober.mail;

import java.time.Duration;

/**
 * When a mail the server did not accept is tried again: one minute after the first failure, doubling, never more than
 * an hour apart. There is no last attempt: a mail-server outage of a weekend delays mail, it loses nothing.
 */
final class RetryBackoff {

    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofHours(1);

    /** 2^6 minutes already exceeds the cap; larger exponents would only risk overflow. */
    private static final int MAX_DOUBLINGS = 6;

    private RetryBackoff() {}

    /** @param failedAttempts how many attempts have failed, counting the one that just did (1 or more) */
    static Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt has failed");
        }
        Duration delay = FIRST.multipliedBy(1L << Math.min(failedAttempts - 1, MAX_DOUBLINGS));
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }
}
