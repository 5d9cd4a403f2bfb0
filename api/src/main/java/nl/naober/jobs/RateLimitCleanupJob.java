package nl.naober.jobs;

import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;

/**
 * Deletes the public registration's rate-limit buckets that are full again (platform.rate_limit_bucket), so a flood
 * of addresses does not leave its rows behind; on one replica at a time (ShedLock).
 */
@Component
class RateLimitCleanupJob {

    static final String LOCK = "rate-limit-cleanup";

    private static final int BATCH = 1_000;

    private final ExpiredEntriesCleaner buckets;

    RateLimitCleanupJob(ExpiredEntriesCleaner buckets) {
        this.buckets = buckets;
    }

    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT30S", lockAtMostFor = "PT5M")
    public void run() {
        // Batches of SKIP LOCKED deletes: a bucket in use right now stays.
        while (buckets.removeExpired(BATCH) == BATCH) {
            // next batch
        }
    }
}
