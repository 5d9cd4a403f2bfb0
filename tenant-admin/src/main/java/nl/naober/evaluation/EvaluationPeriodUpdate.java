package nl.naober.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A changed period with the version it was read at; a closed period cannot be changed (409). */
public record EvaluationPeriodUpdate(
        @NotBlank @Size(max = 200) String name,
        @NotNull LocalDate start,
        @NotNull LocalDate end,
        @NotNull LocalDate evaluationDate,
        @NotNull Long version)
        implements EvaluationPeriodInput {}
