package nl.naober.core.matching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.naober.core.matching.MatchVocabulary.Decision;
import nl.naober.core.matching.MatchVocabulary.EvaluationKind;

/** An evaluation; a TRIAL evaluation needs a decision. @param heldOn defaults to today */
public record NewEvaluation(
        @NotNull(message = "{evaluation.kind.required}") EvaluationKind kind,
        @PastOrPresent(message = "{date.future}") LocalDate heldOn,
        Decision decision,
        @Size(max = 4000, message = "{field.max4000}") String notes) {}
