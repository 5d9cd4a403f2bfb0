package nl.naober.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record AuditView(
        Instant occurredAt,
        String actor,
        String action,
        @Nullable String networkCode,
        @Nullable String municipalityCode,
        String target,
        @Nullable String before,
        @Nullable String after) {}
