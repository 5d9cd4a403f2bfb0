package nl.naober.core.appointment;

import java.time.LocalDate;
import nl.naober.core.matching.MatchVocabulary.Decision;
import nl.naober.core.programme.IntakeOutcome;

/**
 * What a planned visit came to, as one shape for every kind: an intake uses {@code outcome} and {@code wishes}, an
 * evaluation {@code decision} (a trial's evaluation needs one); both use {@code heldOn} and {@code notes}.
 *
 * @param heldOn the day of the visit; the appointment's own day when not given. Not in the future.
 */
public record AppointmentCompletion(
        LocalDate heldOn, IntakeOutcome outcome, String wishes, Decision decision, String notes) {}
