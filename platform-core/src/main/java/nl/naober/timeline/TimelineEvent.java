package nl.naober.timeline;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something to put on the timelines of the records it names (any of the three ids may be null).
 *
 * @param kind a stable code such as {@code STATUS_CHANGED}, {@code INTAKE}, {@code CONTACT}
 * @param summary one Dutch line for the coordinator, without personal details beyond what the record shows
 * @param happenedOn the day it happened, which may lie before the day it is recorded; null: today
 */
public record TimelineEvent(
        @Nullable UUID familyId,
        @Nullable UUID supportFamilyId,
        @Nullable UUID matchId,
        String kind,
        String summary,
        @Nullable LocalDate happenedOn) {

    /** Something that happens today. */
    public TimelineEvent(
            @Nullable UUID familyId,
            @Nullable UUID supportFamilyId,
            @Nullable UUID matchId,
            String kind,
            String summary) {
        this(familyId, supportFamilyId, matchId, kind, summary, null);
    }

    public static TimelineEvent family(UUID familyId, String kind, String summary) {
        return new TimelineEvent(familyId, null, null, kind, summary);
    }

    public static TimelineEvent supportFamily(UUID supportFamilyId, String kind, String summary) {
        return new TimelineEvent(null, supportFamilyId, null, kind, summary);
    }

    /** The same event, as having happened on {@code day}. */
    public TimelineEvent on(LocalDate day) {
        return new TimelineEvent(familyId, supportFamilyId, matchId, kind, summary, day);
    }
}
