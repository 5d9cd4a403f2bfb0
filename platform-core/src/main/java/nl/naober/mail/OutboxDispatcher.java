package nl.naober.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.naober.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due mails of the municipality in context. Each mail is claimed, sent and marked in one short transaction
 * of its own, its row locked ({@code FOR UPDATE SKIP LOCKED}) while the server is talked to: a second dispatcher, on
 * this instance or another, skips that row, so no row is sent twice. A mail the server does not take stays PENDING
 * and is tried again after {@link RetryBackoff}; nothing is ever given up.
 */
@Service
public class OutboxDispatcher {

    /** One call sends at most this many, so a job run stays short; a backlog drains over a few runs. */
    static final int MAX_PER_RUN = 100;

    /**
     * After this many failures in a row the server is taken to be down, and every municipality's sending pauses for
     * {@link RetryBackoff#FIRST}: an unreachable server would otherwise cost a connect time-out per pending mail.
     */
    static final int FAILURES_BEFORE_PAUSE = 3;

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private enum Attempt {
        SENT,
        FAILED,
        NONE_DUE
    }

    private final OutboxMailRepository mails;
    private final @Nullable MailTransport transport;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile Instant pausedUntil = Instant.MIN;

    OutboxDispatcher(
            OutboxMailRepository mails,
            ObjectProvider<MailTransport> transport,
            @Qualifier("transactionManager") PlatformTransactionManager tenantTransactions,
            Clock clock) {
        this.mails = mails;
        this.transport = transport.getIfAvailable();
        this.transactions = new TransactionTemplate(tenantTransactions);
        this.clock = clock;
    }

    /** Whether a mail server is configured; without one every mail stays PENDING in the outbox. */
    public boolean canSend() {
        return transport != null;
    }

    /**
     * Sends what is due in the municipality in context, oldest first.
     *
     * @return how many mails the server accepted
     */
    public int dispatchDue() {
        TenantContext.require();
        if (transport == null || clock.instant().isBefore(pausedUntil)) {
            return 0;
        }
        int sent = 0;
        int failuresInARow = 0;
        for (int i = 0; i < MAX_PER_RUN; i++) {
            Attempt attempt = transactions.execute(status -> sendNextDue());
            if (attempt == Attempt.NONE_DUE) {
                break;
            }
            if (attempt == Attempt.SENT) {
                sent++;
                failuresInARow = 0;
                pausedUntil = Instant.MIN; // the server is back
            } else if (++failuresInARow >= FAILURES_BEFORE_PAUSE) {
                pause();
                break;
            }
        }
        return sent;
    }

    private Attempt sendNextDue() {
        Optional<OutboxMail> due = mails.lockNextDue(clock.instant());
        if (due.isEmpty()) {
            return Attempt.NONE_DUE;
        }
        OutboxMail mail = due.get();
        try {
            // dispatchDue, the only caller, returns early without a transport
            Objects.requireNonNull(transport).send(mail.toDelivery());
        } catch (RuntimeException refused) {
            Duration retryAfter = RetryBackoff.delayAfter(mail.attempts() + 1);
            mail.failed(errorText(refused), retryAfter, clock.instant());
            // The outbox id and attempt count only: the error text may name the recipient.
            log.warn("Mail {} not accepted (attempt {}), next try in {}", mail.id(), mail.attempts(), retryAfter);
            return Attempt.FAILED;
        }
        // Should this commit fail, the mail has gone but stays PENDING and goes again: the Message-ID stays the same.
        mail.sent(clock.instant());
        return Attempt.SENT;
    }

    private void pause() {
        pausedUntil = clock.instant().plus(RetryBackoff.FIRST);
        log.warn(
                "Mail server failed {} times in a row; sending paused for {}",
                FAILURES_BEFORE_PAUSE,
                RetryBackoff.FIRST);
    }

    /** The server's words when the transport has them, else what kind of failure it was. */
    private static String errorText(RuntimeException refused) {
        if (refused instanceof MailNotAccepted && refused.getMessage() != null) {
            return refused.getMessage();
        }
        return refused.getClass().getName();
    }
}
