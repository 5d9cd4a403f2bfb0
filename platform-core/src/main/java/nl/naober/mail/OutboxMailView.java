package nl.naober.mail;

import java.time.Instant;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;
import org.jspecify.annotations.Nullable;

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
        @Nullable String lastError,
        @Nullable Instant sentAt)
        implements PersonalData {
    @Override
    public AccessRecord accessRecord() {
        return new AccessRecord(RecordType.OUTBOX_MAIL, id, null, null, null);
    }
}
