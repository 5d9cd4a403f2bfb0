package nl.naober.budget;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money spent against a budget line; the date must lie within the line's period (409 otherwise). A negative amount
 * is a credit note or correction: it lowers what was spent in its category, never below zero as of any date from its
 * own on (409 otherwise), and like every expenditure it says what it is for.
 */
public record NewExpenditure(
        @NotNull LocalDate date,

        @NotNull @NotZero @Digits(integer = 10, fraction = 2)
        BigDecimal amount,

        @NotNull BudgetCategory category,

        @NotBlank(message = "{expenditure.description.required}") @Size(max = 500)
        String description) {}
