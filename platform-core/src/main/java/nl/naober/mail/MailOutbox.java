package nl.naober.mail;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.naober.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues mails in the outbox of the municipality in context; sending is the dispatcher's work. */
@Service
public class MailOutbox {

    private final OutboxMailRepository mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MailOutbox(OutboxMailRepository mails, ApplicationEventPublisher events, Clock clock) {
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Queues the mail in the caller's transaction, so it exists exactly when what caused it does; a mail whose
     * dedup key is already queued is left out. Publishes {@link MailQueued} so a listener can send after commit.
     *
     * @return whether it was queued (false: the same key was queued before)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(OutgoingMail mail) {
        if (mails.existsByDedupKey(mail.dedupKey())) {
            return false;
        }
        mails.save(new OutboxMail(mail, clock.instant()));
        events.publishEvent(new MailQueued(TenantContext.require()));
        return true;
    }

    /**
     * Queues the mail HELD: it is not sent until {@link #release} is called for {@code confirmation} (an address
     * confirmation of the registration feature). Otherwise as {@link #enqueue}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueueHeld(OutgoingMail mail, UUID confirmation) {
        if (mails.existsByDedupKey(mail.dedupKey())) {
            return false;
        }
        mails.save(new OutboxMail(mail, confirmation, clock.instant()));
        return true;
    }

    /**
     * The address was confirmed: every mail HELD for it becomes due now.
     *
     * @return how many were released
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int release(UUID confirmation) {
        List<OutboxMail> held = mails.findByHeldForAndStatus(confirmation, MailStatus.HELD);
        held.forEach(mail -> mail.release(clock.instant()));
        if (!held.isEmpty()) {
            events.publishEvent(new MailQueued(TenantContext.require()));
        }
        return held.size();
    }

    @Transactional(readOnly = true)
    public Page<OutboxMailView> list(Pageable pageable) {
        return mails.findAllByOrderByCreatedAtDesc(pageable).map(OutboxMail::toView);
    }

    @Transactional(readOnly = true)
    public long pending() {
        return mails.countByStatus(MailStatus.PENDING);
    }
}
