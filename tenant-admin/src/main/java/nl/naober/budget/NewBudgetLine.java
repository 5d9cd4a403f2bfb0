package nl.naober.budget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A budget line, e.g. EUR 110,000.00 for 2023-07-01..2025-06-30. The category amounts are optional; together they
 * may not exceed the amount (409 {@code rule.budget-categories-exceed-amount}).
 */
public record NewBudgetLine(
        @NotBlank @Size(max = 200) String name,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,

        @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
        BigDecimal amount,

        Map<BudgetCategory, @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal> categories)
        implements BudgetLineInput {}
