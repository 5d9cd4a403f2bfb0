package nl.naober.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How many calendar months a span of days is: the one definition of "a month" in every figure per month (the burn
 * rate of a budget, match-months). A budget is planned per calendar month, so each month counts for the share of
 * its days the span covers, {@code days of the span in that month / days in that month}, summed over the months:
 * January 2024 is 1 month, 1–15 March 2025 is 15/31 month, 5 February – 17 April 2024 is 25/29 + 1 + 17/30.
 *
 * <p>Exact: every month length (28, 29, 30, 31) divides {@value #PARTS_PER_MONTH}, so a span is a whole number of
 * {@link #parts parts} of 1/{@value #PARTS_PER_MONTH} month, and an amount per month is one division, {@code amount
 * × PARTS_PER_MONTH / parts}, rounded once.
 */
public final class CalendarMonths {

    /** The least common multiple of 28, 29, 30 and 31: a day of any month is a whole number of these parts. */
    public static final long PARTS_PER_MONTH = 377_580;

    /** Decimals of {@link #between} (a value to show or add up, not to divide by: divide by {@link #parts}). */
    public static final int SCALE = 12;

    private CalendarMonths() {}

    /** The span from {@code from} up to but not including {@code until} in parts of a month; 0 when empty. */
    public static long parts(LocalDate from, LocalDate until) {
        long parts = 0;
        LocalDate day = from;
        while (day.isBefore(until)) {
            LocalDate nextMonth = day.withDayOfMonth(1).plusMonths(1);
            LocalDate end = nextMonth.isBefore(until) ? nextMonth : until;
            parts += ChronoUnit.DAYS.between(day, end) * (PARTS_PER_MONTH / day.lengthOfMonth());
            day = end;
        }
        return parts;
    }

    /** The months from {@code from} up to but not including {@code until}, to {@value #SCALE} decimals. */
    public static BigDecimal between(LocalDate from, LocalDate until) {
        return months(parts(from, until));
    }

    /** Parts as months, to {@value #SCALE} decimals. */
    public static BigDecimal months(long parts) {
        return BigDecimal.valueOf(parts).divide(BigDecimal.valueOf(PARTS_PER_MONTH), SCALE, RoundingMode.HALF_UP);
    }

    /** {@code amount / (parts / PARTS_PER_MONTH)}: an amount per month, exact up to the one rounding asked for. */
    public static BigDecimal perMonth(BigDecimal amount, long parts, int scale, RoundingMode rounding) {
        return amount.multiply(BigDecimal.valueOf(PARTS_PER_MONTH)).divide(BigDecimal.valueOf(parts), scale, rounding);
    }
}
