package nl.naober.retention;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An erasure request: the file it is about by id only, the ground, and who asked and decided when. */
public record ErasureRequestView(
        UUID id,
        FileKind subjectType,
        UUID subjectId,
        ErasureGround ground,
        ErasureStatus status,
        String requestedBy,
        Instant requestedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt) {}
