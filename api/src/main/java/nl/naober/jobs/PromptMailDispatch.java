package nl.naober.jobs;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nl.naober.mail.MailQueued;
import nl.naober.mail.OutboxDispatcher;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends a municipality's outbox right after a transaction that queued mail commits, so a coordinator hears of a new
 * registration within seconds instead of at the next poll. Runs on a thread of its own, never the request's; the
 * municipality travels in the event. Several mails of one municipality in quick succession share one run.
 */
@Component
@ConditionalOnProperty(name = "naober.jobs.enabled", havingValue = "true", matchIfMissing = true)
class PromptMailDispatch implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PromptMailDispatch.class);

    private final OutboxDispatcher dispatcher;
    /** Municipalities with a run waiting; bounds the queue by the number of municipalities. */
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();

    private final ExecutorService executor = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            new CustomizableThreadFactory("mail-after-commit-"));

    PromptMailDispatch(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void mailQueued(MailQueued event) {
        Tenant tenant = event.tenant();
        if (!dispatcher.canSend() || !waiting.add(tenant.code())) {
            return;
        }
        try {
            executor.execute(() -> dispatch(tenant));
        } catch (RejectedExecutionException shuttingDown) {
            waiting.remove(tenant.code()); // the poll job sends it
        }
    }

    private void dispatch(Tenant tenant) {
        // Leave the waiting set first: a mail queued while this run sends gets a run of its own.
        waiting.remove(tenant.code());
        try (MDC.MDCCloseable ignored = MDC.putCloseable(TenantContext.MDC_KEY, tenant.code())) {
            TenantContext.run(tenant, dispatcher::dispatchDue);
        } catch (RuntimeException failure) {
            log.warn(
                    "Sending after commit failed for municipality {}: {}; the outbox job retries",
                    tenant.code(),
                    failure.getClass().getName());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
