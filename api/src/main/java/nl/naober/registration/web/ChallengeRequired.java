package nl.naober.registration.web;

import java.time.Duration;

/**
 * Past the rate limit but below the hard ceiling: the registration is taken after all with a solved proof of work
 * ({@link ProofOfWork}), or, without one, after {@link #retryAfterSeconds()}. Nothing is stored yet.
 */
class ChallengeRequired extends RateLimitExceeded {

    ChallengeRequired(Duration retryAfter) {
        super(retryAfter);
    }
}
