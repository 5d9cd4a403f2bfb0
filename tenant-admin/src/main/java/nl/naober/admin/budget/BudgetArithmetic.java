package nl.naober.admin.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The budget arithmetic, exact and framework-free. All amounts are {@link BigDecimal} with 2 decimals; nothing
 * here ever goes through {@code double}.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>The period runs from its start to its end, both inclusive: {@code totalDays = end - start + 1}.
 *   <li>Elapsed days as of a date: the days from the start up to and including that date, at least 0 (before the
 *       start) and at most {@code totalDays} (after the end).
 *   <li>A month is the average Gregorian month, {@value #DAYS_PER_MONTH_TEXT} days (365.2425 / 12), so
 *       {@code elapsedMonths = elapsedDays / 30.436875} and {@code remainingMonths = (totalDays - elapsedDays) /
 *       30.436875}.
 *   <li>{@code remaining = amount - spent}; negative when overspent ({@code overBudget}).
 *   <li>{@code burnRatePerMonth = spent / elapsedMonths}, 0 when no day has elapsed yet.
 *   <li>{@code forecast = spent + burnRate × remainingMonths}, with the unrounded burn rate; this is the same as
 *       {@code spent × totalDays / elapsedDays}, and {@code spent} when no day has elapsed.
 *       {@code forecastOverBudget} when the forecast exceeds the amount.
 *   <li>Every result is rounded once, at the end, to 2 decimals with {@link RoundingMode#HALF_EVEN}.
 * </ul>
 */
public final class BudgetArithmetic {

    static final String DAYS_PER_MONTH_TEXT = "30.436875";

    /** The average Gregorian month in days: 365.2425 / 12. */
    public static final BigDecimal DAYS_PER_MONTH = new BigDecimal(DAYS_PER_MONTH_TEXT);

    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private BudgetArithmetic() {}

    /** The figures of an amount as of a date; {@code spent} is what was spent up to and including that date. */
    public record Figures(
            BigDecimal amount,
            BigDecimal spent,
            BigDecimal remaining,
            BigDecimal burnRatePerMonth,
            BigDecimal forecastAtPeriodEnd,
            boolean overBudget,
            boolean forecastOverBudget,
            long elapsedDays,
            long totalDays) {}

    public static Figures figures(
            BigDecimal amount, BigDecimal spent, LocalDate periodStart, LocalDate periodEnd, LocalDate asOf) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(spent, "spent");
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        long totalDays = ChronoUnit.DAYS.between(periodStart, periodEnd) + 1;
        long elapsedDays = elapsedDays(periodStart, periodEnd, asOf);
        BigDecimal burnRate;
        BigDecimal forecast;
        if (elapsedDays == 0) {
            burnRate = BigDecimal.ZERO;
            forecast = spent;
        } else {
            BigDecimal elapsed = BigDecimal.valueOf(elapsedDays);
            burnRate = spent.multiply(DAYS_PER_MONTH).divide(elapsed, 2, ROUNDING);
            forecast = spent.multiply(BigDecimal.valueOf(totalDays)).divide(elapsed, 2, ROUNDING);
        }
        BigDecimal roundedAmount = money(amount);
        BigDecimal roundedSpent = money(spent);
        BigDecimal roundedForecast = money(forecast);
        return new Figures(
                roundedAmount,
                roundedSpent,
                roundedAmount.subtract(roundedSpent),
                money(burnRate),
                roundedForecast,
                roundedSpent.compareTo(roundedAmount) > 0,
                roundedForecast.compareTo(roundedAmount) > 0,
                elapsedDays,
                totalDays);
    }

    /** Days of the period up to and including {@code asOf}, between 0 and the period's length. */
    public static long elapsedDays(LocalDate periodStart, LocalDate periodEnd, LocalDate asOf) {
        if (asOf.isBefore(periodStart)) {
            return 0;
        }
        LocalDate last = asOf.isAfter(periodEnd) ? periodEnd : asOf;
        return ChronoUnit.DAYS.between(periodStart, last) + 1;
    }

    /** An amount with exactly 2 decimals, rounded half-even. */
    public static BigDecimal money(BigDecimal value) {
        return value.setScale(2, ROUNDING);
    }
}
