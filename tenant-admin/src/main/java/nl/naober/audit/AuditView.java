package nl.naober.audit;

import java.time.Instant;

public record AuditView(
        Instant occurredAt,
        String actor,
        String action,
        String networkCode,
        String municipalityCode,
        String target,
        String before,
        String after) {}
