package nl.naober.admin.budget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Money spent against a budget line; the date must lie within the line's period (409 otherwise). */
public record NewExpenditure(
        @NotNull LocalDate date,

        @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
        BigDecimal amount,

        @NotNull BudgetCategory category,
        @NotBlank @Size(max = 500) String description) {}
