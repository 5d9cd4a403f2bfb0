package nl.naober.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;
import nl.naober.programme.DayPart;

/**
 * A match with what was recorded along it, newest first.
 *
 * @param trialEndReason why the trial was not continued, when {@code closeReason} is TRIAL_NOT_CONTINUED
 */
public record MatchView(
        UUID id,
        UUID familyId,
        UUID supportFamilyId,
        MatchStatus status,
        Set<MatchStatus> allowedTransitions,
        List<UUID> childIds,
        Set<DayPart> dayParts,
        LocalDate proposedOn,
        LocalDate trialStart,
        LocalDate trialPlannedEnd,
        LocalDate activeSince,
        LocalDate nextEvaluationDue,
        LocalDate endedOn,
        CloseReason closeReason,
        TrialEndReason trialEndReason,
        String outcomeNotes,
        String coordinator,
        List<EvaluationView> evaluations,
        List<ContactView> contacts,
        List<SignalView> signals,
        long version)
        implements PersonalData {
    @Override
    public AccessRecord accessRecord() {
        return new AccessRecord(RecordType.MATCH, id, familyId, supportFamilyId, id);
    }
}
