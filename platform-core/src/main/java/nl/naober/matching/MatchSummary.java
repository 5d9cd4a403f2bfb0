package nl.naober.matching;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;
import nl.naober.programme.DayPart;

/**
 * A match as a list of matches shows it, without what was recorded along it (see {@link MatchView} for that): logged
 * as read exactly as a {@link MatchView} is.
 */
public record MatchSummary(
        UUID id, UUID familyId, UUID supportFamilyId, MatchStatus status, LocalDate proposedOn, Set<DayPart> dayParts)
        implements PersonalData {

    @Override
    public AccessRecord accessRecord() {
        return new AccessRecord(RecordType.MATCH, id, familyId, supportFamilyId, id);
    }
}
