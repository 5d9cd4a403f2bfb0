package nl.naober.core.timeline;

import java.time.Instant;
import java.util.UUID;

/** A timeline entry as shown, newest first. */
public record TimelineItem(
        Instant occurredAt,
        String kind,
        String summary,
        String actor,
        UUID familyId,
        UUID supportFamilyId,
        UUID matchId) {}
