package nl.naober.matching;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.naober.matching.MatchVocabulary.Decision;
import nl.naober.matching.MatchVocabulary.EvaluationKind;

/**
 * An evaluation; a TRIAL evaluation needs a decision.
 *
 * @param heldOn defaults to today
 * @param notes for a trial that ends, the optional note on its end reason (kept as the match's outcome notes)
 * @param endTrialEarly a TRIAL evaluation that decides CONTINUE before the trial's planned end ends the trial only
 *     when this is true; otherwise it is recorded and the trial runs on to its planned end (issue 15)
 * @param endReason why the trial is not continued: required when a TRIAL evaluation decides END;
 *     not kept otherwise (issue 16)
 * @param version the match's version the evaluation was made against; optional (an evaluation is added, not edited),
 *     but when given a stale one is refused with 409, so a trial decision made on an outdated view (say END after a
 *     colleague's CONTINUE made the match active) does not end the match (issue 17)
 */
public record NewEvaluation(
        @NotNull(message = "{evaluation.kind.required}") EvaluationKind kind,
        @PastOrPresent(message = "{date.future}") LocalDate heldOn,
        Decision decision,
        @Size(max = 4000, message = "{field.max4000}") String notes,
        Boolean endTrialEarly,
        TrialEndReason endReason,
        Long version) {

    public NewEvaluation(
            EvaluationKind kind,
            LocalDate heldOn,
            Decision decision,
            String notes,
            Boolean endTrialEarly,
            TrialEndReason endReason) {
        this(kind, heldOn, decision, notes, endTrialEarly, endReason, null);
    }

    public NewEvaluation(EvaluationKind kind, LocalDate heldOn, Decision decision, String notes) {
        this(kind, heldOn, decision, notes, null, null);
    }

    public NewEvaluation(
            EvaluationKind kind, LocalDate heldOn, Decision decision, String notes, Boolean endTrialEarly) {
        this(kind, heldOn, decision, notes, endTrialEarly, null);
    }

    /** Reported on the field {@code endReason}: a 400 in the API, an error at the choice on the screen. */
    @AssertTrue(message = "{evaluation.endReason.required}")
    boolean isEndReason() {
        return kind != EvaluationKind.TRIAL || decision != Decision.END || endReason != null;
    }
}
