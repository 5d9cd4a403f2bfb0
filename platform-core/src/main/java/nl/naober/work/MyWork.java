package nl.naober.work;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;
import nl.naober.appointment.AppointmentView;
import nl.naober.appointment.Appointments;
import nl.naober.family.FamilyView;

/**
 * A coordinator's "Mijn werk": what needs acting on, most urgent first in each list.
 *
 * @param newRegistrations families still to be handled (REGISTERED), oldest first
 * @param waitingLongest waiting families, longest waiting first, with their candidate depth
 * @param trialsEnding trial periods that end within 14 days (or are overdue)
 * @param evaluationsDue periodic evaluations due within 14 days (or overdue)
 * @param vogs certificates of conduct that expire within 60 days, are missing, or soon needed (a child turning 18)
 * @param followUpsDue closed matches whose 12-month outcome follow-up is due within 14 days (or overdue)
 * @param appointments planned visits of this week and overdue ones ({@link Appointments#WEEK_DAYS})
 * @param openSignals signals awaiting follow-up ({@link MyWorkService#openSignals}), oldest first
 * @param firstWeeks matches in their first weeks ({@link MyWorkService#FIRST_WEEKS}); {@code due} is the start day
 * @param recruitBelow the municipality's recruitment threshold: a waiting family with fewer fitting support families
 *     than this needs recruitment ("werving nodig")
 */
public record MyWork(
        List<FamilyView> newRegistrations,
        List<WaitingFamily> waitingLongest,
        List<MatchDue> trialsEnding,
        List<MatchDue> evaluationsDue,
        List<VogDue> vogs,
        List<MatchDue> followUpsDue,
        List<AppointmentView> appointments,
        List<SignalDue> openSignals,
        List<MatchDue> firstWeeks,
        int recruitBelow) {

    public record WaitingFamily(FamilyView family, long daysWaiting, int candidateDepth) {}

    /** A signal of an open match that has had no contact moment or evaluation after the day it was noted. */
    public record SignalDue(
            UUID signalId,
            UUID matchId,
            UUID familyId,
            String familyName,
            UUID supportFamilyId,
            String supportFamilyName,
            LocalDate notedOn,
            String kind)
            implements PersonalData {
        @Override
        public AccessRecord accessRecord() {
            return new AccessRecord(RecordType.SIGNAL, signalId, familyId, supportFamilyId, matchId);
        }
    }

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
