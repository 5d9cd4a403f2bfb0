package nl.naober.jobs;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.naober.accesslog.Accessor;
import nl.naober.retention.Retention;
import org.springframework.stereotype.Component;

/**
 * Runs retention in every active municipality, once per cluster (ShedLock), each in its own tenant context: files
 * past their retention are anonymised, access-log lines past theirs deleted. A run cut off half-way is safe: every
 * file is done in a transaction of its own and the next run picks up what is left.
 */
@Component
public class RetentionJob {

    static final String LOCK = "retention";

    private final Retention retention;
    private final TenantJobs tenants;

    RetentionJob(Retention retention, TenantJobs tenants) {
        this.retention = retention;
        this.tenants = tenants;
    }

    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    public void run() {
        tenants.inEach(LOCK, () -> retention.run(Accessor.SYSTEM));
    }
}
