package nl.naober.retention;

import java.time.Instant;
import java.util.UUID;

/** An erasure request: the file it is about by id only, the ground, and who asked and decided when. */
public record ErasureRequestView(
        UUID id,
        FileKind subjectType,
        UUID subjectId,
        ErasureGround ground,
        ErasureStatus status,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt) {}
