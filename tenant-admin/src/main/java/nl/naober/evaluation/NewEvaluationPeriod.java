package nl.naober.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** end ≥ start and evaluation date ≥ end, else 409 with the broken rules. */
public record NewEvaluationPeriod(
        @NotBlank @Size(max = 200) String name,
        @NotNull LocalDate start,
        @NotNull LocalDate end,
        @NotNull LocalDate evaluationDate)
        implements EvaluationPeriodInput {}
