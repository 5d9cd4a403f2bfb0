package nl.naober.accesslog;

import java.time.Instant;
import java.util.UUID;

/** A line of the log as the privacy officer and coordinators see it. */
public record AccessLogRow(
        long id,
        Instant occurredAt,
        String username,
        String role,
        AccessAction action,
        RecordType recordType,
        UUID recordId,
        UUID familyId,
        UUID supportFamilyId,
        UUID matchId,
        String fields,
        String detail,
        String requestId,
        String clientAddress) {}
