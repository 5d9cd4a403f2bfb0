package nl.naober.core.mail;

import java.time.Instant;
import java.util.UUID;

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
        Instant sentAt) {}
