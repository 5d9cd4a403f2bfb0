package nl.naober.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;
import org.jspecify.annotations.Nullable;

/**
 * A timeline entry as shown, newest first (by the day it happened, then by the time it was recorded).
 *
 * @param occurredAt when it was recorded
 * @param happenedOn the day it happened; before {@code occurredAt}'s day when it was entered afterwards
 */
public record TimelineItem(
        Instant occurredAt,
        LocalDate happenedOn,
        String kind,
        String summary,
        String actor,
        @Nullable UUID familyId,
        @Nullable UUID supportFamilyId,
        @Nullable UUID matchId)
        implements PersonalData {
    @Override
    public AccessRecord accessRecord() {
        return new AccessRecord(RecordType.TIMELINE, null, familyId, supportFamilyId, matchId);
    }
}
