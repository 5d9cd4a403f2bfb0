package nl.naober.jobs;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the expired screen sessions from the catalog, on one replica at a time (ShedLock). Spring Session's own
 * timer would run the same delete on every replica each minute, the replicas then waiting on each other's row locks.
 */
@Component
class SessionCleanupJob {

    static final String LOCK = "session-cleanup";

    private final JdbcIndexedSessionRepository sessions;

    SessionCleanupJob(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT30S", lockAtMostFor = "PT5M")
    public void run() {
        sessions.cleanUpExpiredSessions();
    }
}
