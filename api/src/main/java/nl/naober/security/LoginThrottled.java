package nl.naober.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused unchecked: too many failures for this username or from this address lately. */
final class LoginThrottled extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottled(Duration retryAfter) {
        super("too many failed logins; retry after " + retryAfter);
        this.retryAfter = retryAfter;
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
