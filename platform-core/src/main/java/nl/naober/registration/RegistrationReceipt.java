package nl.naober.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the registrant is told.
 *
 * @param duplicate the same registration arrived before (same idempotency key, or the same content within minutes);
 *     nothing new was stored and nothing mailed
 * @param replyBy the coordinator contacts them by this day at the latest
 */
public record RegistrationReceipt(
        UUID id,
        RegistrationKind kind,
        Instant receivedAt,
        boolean duplicate,
        int replyWithinWorkingDays,
        LocalDate replyBy) {}
