package nl.naober.core.mail;

import java.time.Instant;
import java.util.UUID;
import nl.naober.core.accesslog.AccessRecord;
import nl.naober.core.accesslog.PersonalData;
import nl.naober.core.accesslog.RecordType;

/** A mail in the outbox as the outbox screen shows it. */
public record OutboxMailView(
        UUID id,
        MailPurpose purpose,
        String recipient,
        String subject,
        String body,
        Instant createdAt,
        MailStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant sentAt)
        implements PersonalData {
    @Override
    public AccessRecord accessRecord() {
        return new AccessRecord(RecordType.OUTBOX_MAIL, id, null, null, null);
    }
}
