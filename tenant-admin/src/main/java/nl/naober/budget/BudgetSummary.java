package nl.naober.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A budget line as of a date: spent (expenditures dated up to and including it), remaining, burn rate per month,
 * forecast at the period's end, over/under budget; the same per category. The rules are in {@link
 * BudgetArithmetic}.
 */
public record BudgetSummary(
        UUID budgetLineId,
        String name,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate asOf,
        long elapsedDays,
        long totalDays,
        BigDecimal amount,
        BigDecimal spent,
        BigDecimal remaining,
        BigDecimal burnRatePerMonth,
        BigDecimal forecastAtPeriodEnd,
        boolean overBudget,
        boolean forecastOverBudget,
        List<CategorySummary> categories) {

    /** One category: {@code allocated} is 0.00 where the line allocates nothing to it. */
    public record CategorySummary(
            BudgetCategory category,
            BigDecimal allocated,
            BigDecimal spent,
            BigDecimal remaining,
            BigDecimal burnRatePerMonth,
            BigDecimal forecastAtPeriodEnd,
            boolean overBudget,
            boolean forecastOverBudget) {}
}
