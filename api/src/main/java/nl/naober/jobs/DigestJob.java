package nl.naober.jobs;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.naober.account.CoordinatorMailboxes;
import nl.naober.mail.Recipient;
import nl.naober.web.PublicUrl;
import nl.naober.work.DailyDigest;
import org.springframework.stereotype.Component;

/**
 * Queues the morning digest of every coordinator of every active municipality (sent by the outbox like any mail).
 * The lock is held at least five minutes so an instance whose timer fires a little later finds it taken; should a
 * run still happen twice in a day, the digest's dedup key queues nothing the second time.
 */
@Component
public class DigestJob {

    static final String LOCK = "daily-digest";

    private final CoordinatorMailboxes mailboxes;
    private final DailyDigest digest;
    private final TenantJobs tenants;
    private final String publicUrl;

    DigestJob(CoordinatorMailboxes mailboxes, DailyDigest digest, TenantJobs tenants, PublicUrl publicUrl) {
        this.mailboxes = mailboxes;
        this.digest = digest;
        this.tenants = tenants;
        this.publicUrl = publicUrl.base();
    }

    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public void run() {
        // The coordinators come from the catalog (or Keycloak) before the municipality's transaction starts.
        tenants.inEach(LOCK, mailboxes::activeCoordinators, this::queue);
    }

    private void queue(List<Recipient> coordinators) {
        if (!coordinators.isEmpty()) {
            digest.queue(coordinators, publicUrl);
        }
    }
}
