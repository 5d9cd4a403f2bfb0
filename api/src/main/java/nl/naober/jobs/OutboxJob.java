package nl.naober.jobs;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.naober.mail.OutboxDispatcher;
import org.springframework.stereotype.Component;

/**
 * Sends every municipality's due mail: the safety net behind the send-after-commit of {@link PromptMailDispatch}, and
 * the retry of what a mail server did not take. One instance at a time; even two at once would not send a mail twice
 * (the dispatcher locks each row), they would only compete.
 */
@Component
public class OutboxJob {

    static final String LOCK = "mail-outbox";

    private final OutboxDispatcher dispatcher;
    private final TenantJobs tenants;

    OutboxJob(OutboxDispatcher dispatcher, TenantJobs tenants) {
        this.dispatcher = dispatcher;
        this.tenants = tenants;
    }

    @SchedulerLock(name = LOCK, lockAtMostFor = "PT5M")
    public void dispatchAll() {
        if (dispatcher.canSend()) {
            tenants.inEach(LOCK, dispatcher::dispatchDue);
        }
    }
}
