package nl.naober.approval;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A request for approval as the privacy officer and the network admin see it. */
public record ApprovalView(
        UUID id,
        String municipalityCode,
        ApprovalKind kind,
        ApprovalStatus status,
        String reason,
        String requestedBy,
        Instant requestedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionNote,
        @Nullable Instant expiresAt,
        @Nullable String usedBy,
        @Nullable Instant usedAt,
        long version) {}
