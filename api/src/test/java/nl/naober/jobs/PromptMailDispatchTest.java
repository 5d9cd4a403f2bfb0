package nl.naober.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.naober.mail.MailQueued;
import nl.naober.mail.OutboxDispatcher;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.junit.jupiter.api.Test;

/**
 * Mail queued in a transaction is sent right after its commit, on a thread of its own in the municipality's context;
 * mails that arrive while a run waits share it, and without a mail server nothing is attempted.
 */
class PromptMailDispatchTest {

    static final Tenant MEPPEL = Tenant.of("meppel");

    final OutboxDispatcher dispatcher = mock(OutboxDispatcher.class);
    final List<String> runs = new CopyOnWriteArrayList<>();

    @Test
    void mailsQueuedWhileARunWaitsShareThatRun() throws Exception {
        when(dispatcher.canSend()).thenReturn(true);
        CountDownLatch firstRunStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstRun = new CountDownLatch(1);
        CountDownLatch secondRunDone = new CountDownLatch(1);
        when(dispatcher.dispatchDue()).thenAnswer(call -> {
            runs.add(TenantContext.require().code() + " on "
                    + Thread.currentThread().getName());
            if (runs.size() == 1) {
                firstRunStarted.countDown();
                releaseFirstRun.await(5, TimeUnit.SECONDS);
            } else {
                secondRunDone.countDown();
            }
            return 1;
        });
        PromptMailDispatch prompt = new PromptMailDispatch(dispatcher);
        try {
            prompt.mailQueued(new MailQueued(MEPPEL));
            assertThat(firstRunStarted.await(5, TimeUnit.SECONDS)).isTrue();
            // queued while the first run sends: one more run for all three
            prompt.mailQueued(new MailQueued(MEPPEL));
            prompt.mailQueued(new MailQueued(MEPPEL));
            prompt.mailQueued(new MailQueued(MEPPEL));
            releaseFirstRun.countDown();

            assertThat(secondRunDone.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            prompt.destroy();
        }
        assertThat(runs).hasSize(2).allSatisfy(run -> assertThat(run).startsWith("meppel on mail-after-commit-"));
        assertThat(TenantContext.current())
                .as("the caller's thread stays outside")
                .isEmpty();
    }

    @Test
    void withoutAMailServerNothingIsAttempted() throws Exception {
        when(dispatcher.canSend()).thenReturn(false);
        PromptMailDispatch prompt = new PromptMailDispatch(dispatcher);

        prompt.mailQueued(new MailQueued(MEPPEL));
        prompt.destroy();

        verify(dispatcher, never()).dispatchDue();
    }
}
