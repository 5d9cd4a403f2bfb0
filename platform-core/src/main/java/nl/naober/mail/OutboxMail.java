package nl.naober.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;
import org.jspecify.annotations.Nullable;

/** One mail in the municipality's outbox. */
@Entity
@Table(name = "outbox_mail")
class OutboxMail implements PersonalData {

    private static final int ERROR_LENGTH = 300;

    @Id
    private UUID id;

    @Column(name = "dedup_key", nullable = false, length = 200)
    private String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MailPurpose purpose;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private @Nullable String lastError;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    /** The address confirmation a HELD mail waits for. */
    @Column(name = "held_for")
    private @Nullable UUID heldFor;

    protected OutboxMail() {}

    OutboxMail(OutgoingMail mail, Instant now) {
        this.id = UUID.randomUUID();
        this.dedupKey = mail.dedupKey();
        this.purpose = mail.purpose();
        this.recipient = mail.recipient();
        this.subject = mail.subject();
        this.body = mail.body();
        this.createdAt = now;
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
    }

    /** A mail that waits, unsent, until the address confirmation {@code heldFor} is confirmed. */
    OutboxMail(OutgoingMail mail, UUID heldFor, Instant now) {
        this(mail, now);
        this.status = MailStatus.HELD;
        this.heldFor = heldFor;
    }

    /** The address was confirmed: due now. */
    void release(Instant now) {
        if (status == MailStatus.HELD) {
            this.status = MailStatus.PENDING;
            this.nextAttemptAt = now;
        }
    }

    void sent(Instant now) {
        this.status = MailStatus.SENT;
        this.attempts++;
        this.sentAt = now;
        this.lastError = null;
    }

    /** The error text is the mail server's, never the mail's content. */
    void failed(@Nullable String error, Duration retryAfter, Instant now) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), ERROR_LENGTH));
        this.nextAttemptAt = now.plus(retryAfter);
    }

    MailTransport.Delivery toDelivery() {
        return new MailTransport.Delivery(id, recipient, subject, body);
    }

    OutboxMailView toView() {
        return new OutboxMailView(
                id, purpose, recipient, subject, body, createdAt, status, attempts, nextAttemptAt, lastError, sentAt);
    }

    UUID id() {
        return id;
    }

    int attempts() {
        return attempts;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    MailStatus status() {
        return status;
    }

    @Override
    public AccessRecord accessRecord() {
        return new AccessRecord(RecordType.OUTBOX_MAIL, id, null, null, null);
    }
}
