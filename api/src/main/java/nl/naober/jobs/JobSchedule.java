package nl.naober.jobs;

import nl.naober.programme.ProgrammeTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the jobs run. Kept apart from the jobs so that {@code naober.jobs.enabled=false} stops the timers while the
 * jobs stay callable, with their locks, by tests and operators.
 */
@Component
@ConditionalOnProperty(name = "naober.jobs.enabled", havingValue = "true", matchIfMissing = true)
class JobSchedule {

    private final OutboxJob outbox;
    private final DigestJob digest;
    private final RetentionJob retention;
    private final SessionCleanupJob sessionCleanup;
    private final RateLimitCleanupJob rateLimitCleanup;

    JobSchedule(
            OutboxJob outbox,
            DigestJob digest,
            RetentionJob retention,
            SessionCleanupJob sessionCleanup,
            RateLimitCleanupJob rateLimitCleanup) {
        this.outbox = outbox;
        this.digest = digest;
        this.retention = retention;
        this.sessionCleanup = sessionCleanup;
        this.rateLimitCleanup = rateLimitCleanup;
    }

    @Scheduled(
            fixedDelayString = "${naober.mail.outbox.poll-interval:PT30S}",
            initialDelayString = "${naober.mail.outbox.poll-interval:PT30S}")
    void pollOutbox() {
        outbox.dispatchAll();
    }

    @Scheduled(cron = "${naober.mail.digest.cron:0 0 7 * * MON-FRI}", zone = ProgrammeTime.ZONE_ID)
    void queueDigests() {
        digest.run();
    }

    @Scheduled(cron = "${naober.privacy.retention.cron:0 30 2 * * *}", zone = ProgrammeTime.ZONE_ID)
    void applyRetention() {
        retention.run();
    }

    @Scheduled(fixedDelayString = "${naober.security.session.cleanup-interval:PT1M}", initialDelay = 60_000)
    void removeExpiredSessions() {
        sessionCleanup.run();
    }

    @Scheduled(fixedDelayString = "${naober.registration.rate-limit.cleanup-interval:PT10M}", initialDelay = 120_000)
    void removeExpiredRateLimits() {
        rateLimitCleanup.run();
    }
}
