package nl.naober.appointment;

import java.time.LocalDate;
import nl.naober.matching.MatchVocabulary.Decision;
import nl.naober.matching.NewEvaluation;
import nl.naober.matching.TrialEndReason;
import nl.naober.programme.IntakeOutcome;

/**
 * What a planned visit came to, as one shape for every kind: an intake uses {@code outcome} and {@code wishes}, an
 * evaluation {@code decision} (a trial's evaluation needs one); both use {@code heldOn} and {@code notes}.
 *
 * @param heldOn the day of the visit; the appointment's own day when not given. Not in the future.
 * @param endReason why a trial is not continued, with decision END (as {@link NewEvaluation#endReason()})
 */
public record AppointmentCompletion(
        LocalDate heldOn,
        IntakeOutcome outcome,
        String wishes,
        Decision decision,
        String notes,
        TrialEndReason endReason) {

    public AppointmentCompletion(
            LocalDate heldOn, IntakeOutcome outcome, String wishes, Decision decision, String notes) {
        this(heldOn, outcome, wishes, decision, notes, null);
    }
}
