package nl.naober.core.work;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.naober.core.accesslog.AccessRecord;
import nl.naober.core.accesslog.PersonalData;
import nl.naober.core.accesslog.RecordType;
import nl.naober.core.family.FamilyView;

/**
 * A coordinator's "Mijn werk": what needs acting on, most urgent first in each list.
 *
 * @param newRegistrations families still to be handled (REGISTERED), oldest first
 * @param waitingLongest waiting families, longest waiting first, with their candidate depth
 * @param trialsEnding trial periods that end within 14 days (or are overdue)
 * @param evaluationsDue periodic evaluations due within 14 days (or overdue)
 * @param vogs certificates of conduct that expire within 60 days, are missing, or soon needed (a child turning 18)
 * @param followUpsDue closed matches whose 12-month outcome follow-up is due within 14 days (or overdue)
 */
public record MyWork(
        List<FamilyView> newRegistrations,
        List<WaitingFamily> waitingLongest,
        List<MatchDue> trialsEnding,
        List<MatchDue> evaluationsDue,
        List<VogDue> vogs,
        List<MatchDue> followUpsDue) {

    public record WaitingFamily(FamilyView family, long daysWaiting, int candidateDepth) {}

    public record MatchDue(
            UUID matchId,
            UUID familyId,
            String familyName,
            UUID supportFamilyId,
            String supportFamilyName,
            LocalDate due)
            implements PersonalData {
        @Override
        public AccessRecord accessRecord() {
            return new AccessRecord(RecordType.MATCH, matchId, familyId, supportFamilyId, matchId);
        }
    }

    /** @param reason EXPIRES, MISSING or TURNS_18 */
    public record VogDue(
            UUID supportFamilyId,
            String householdName,
            UUID memberId,
            String memberFirstName,
            LocalDate date,
            String reason)
            implements PersonalData {
        @Override
        public AccessRecord accessRecord() {
            return AccessRecord.supportFamily(RecordType.HOUSEHOLD_MEMBER, memberId, supportFamilyId);
        }
    }
}
