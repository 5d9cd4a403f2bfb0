package nl.naober.approval;

import java.time.Instant;
import java.util.UUID;

/** A request for approval as the privacy officer and the network admin see it. */
public record ApprovalView(
        UUID id,
        String municipalityCode,
        ApprovalKind kind,
        ApprovalStatus status,
        String reason,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote,
        Instant expiresAt,
        String usedBy,
        Instant usedAt,
        long version) {}
