package nl.naober.core.timeline;

import java.time.Instant;
import java.util.UUID;
import nl.naober.core.accesslog.AccessRecord;
import nl.naober.core.accesslog.PersonalData;
import nl.naober.core.accesslog.RecordType;

/** A timeline entry as shown, newest first. */
public record TimelineItem(
        Instant occurredAt,
        String kind,
        String summary,
        String actor,
        UUID familyId,
        UUID supportFamilyId,
        UUID matchId)
        implements PersonalData {
    @Override
    public AccessRecord accessRecord() {
        return new AccessRecord(RecordType.TIMELINE, null, familyId, supportFamilyId, matchId);
    }
}
