package nl.naober.core.timeline;

import java.util.UUID;

/**
 * Something to put on the timelines of the records it names (any of the three ids may be null).
 *
 * @param kind a stable code such as {@code STATUS_CHANGED}, {@code INTAKE}, {@code CONTACT}
 * @param summary one Dutch line for the coordinator, without personal details beyond what the record shows
 */
public record TimelineEvent(UUID familyId, UUID supportFamilyId, UUID matchId, String kind, String summary) {

    public static TimelineEvent family(UUID familyId, String kind, String summary) {
        return new TimelineEvent(familyId, null, null, kind, summary);
    }

    public static TimelineEvent supportFamily(UUID supportFamilyId, String kind, String summary) {
        return new TimelineEvent(null, supportFamilyId, null, kind, summary);
    }
}
