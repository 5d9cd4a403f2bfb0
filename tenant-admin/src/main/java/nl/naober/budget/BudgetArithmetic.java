package nl.naober.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import nl.naober.programme.CalendarMonths;

/**
 * The budget arithmetic, exact and framework-free. All amounts are {@link BigDecimal}; nothing here ever goes
 * through {@code double}, and nothing is rounded before it is divided.
 *
 * <p>The definitions (docs/monitoring.md, "Budget", says the same):
 *
 * <ul>
 *   <li>The period runs from its start to its end, both inclusive: {@code totalDays = end - start + 1}.
 *   <li>Elapsed days as of a date: the days from the start up to and including that date, at least 0 (before the
 *       start) and at most {@code totalDays} (after the end).
 *   <li>A month is a calendar month, since a budget is planned per calendar month: {@code elapsedMonths} are the
 *       {@link CalendarMonths} of the elapsed days (each month counts for the share of its days elapsed: 1–15 March
 *       is 15/31), {@code totalMonths} those of the whole period (2023-07-01..2025-06-30 is 24).
 *   <li>{@code spent} is the sum of the expenditures dated up to and including the date, credit notes (negative
 *       amounts) included; {@code remaining = amount - spent}, negative when overspent ({@code overBudget}).
 *   <li>{@code burnRatePerMonth = spent / elapsedMonths}, 0 when no day has elapsed yet.
 *   <li>{@code forecast = spent + burnRate × (totalMonths - elapsedMonths)} with the unrounded burn rate, which is
 *       {@code spent × totalMonths / elapsedMonths}; {@code spent} when no day has elapsed.
 *       {@code forecastOverBudget} when the forecast exceeds the amount.
 *   <li>Each result is computed exactly (months in {@link CalendarMonths#parts parts}) and rounded once, for
 *       display, to 2 decimals half-up ({@link #ROUNDING}).
 * </ul>
 */
public final class BudgetArithmetic {

    /** How a shown amount is rounded: to the cent, half-up. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

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
            long elapsedParts = CalendarMonths.parts(periodStart, periodStart.plusDays(elapsedDays));
            long totalParts = CalendarMonths.parts(periodStart, periodEnd.plusDays(1));
            burnRate = CalendarMonths.perMonth(spent, elapsedParts, 2, ROUNDING);
            forecast = spent.multiply(BigDecimal.valueOf(totalParts))
                    .divide(BigDecimal.valueOf(elapsedParts), 2, ROUNDING);
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

    /** An amount with exactly 2 decimals, rounded half-up. */
    public static BigDecimal money(BigDecimal value) {
        return value.setScale(2, ROUNDING);
    }
}
