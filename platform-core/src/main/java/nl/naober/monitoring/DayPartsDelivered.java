package nl.naober.monitoring;

import java.math.BigDecimal;

/**
 * Day-parts (dagdelen) of support delivered in the period. A match delivers from its {@code trial_start} up to but
 * not including its {@code ended_on}; a match not ended by the end ({@code min(to, asOf)}) through the end. Its
 * span is that part of it inside the period.
 *
 * <p>The values are not rounded (carried to {@link #SCALE} decimals where a division does not end: an error under 10<sup>−12</sup>), so that what is
 * divided by them, such as the cost per match-month, is exact; a screen or export rounds what it shows.
 *
 * @param total {@code Σ (days of the span) × (day-parts a week) / 7} over all matches
 * @param perWeek the total per week of the period up to the end: {@code total / ((end − from + 1) / 7)}; null when
 *     the end lies before the period
 * @param matchMonths the {@link nl.naober.programme.CalendarMonths calendar months} of the spans, summed (a
 *     span's share of a month is its days in that month divided by the days of that month): the denominator of the
 *     cost per match-month
 */
public record DayPartsDelivered(BigDecimal total, BigDecimal perWeek, BigDecimal matchMonths) {

    /** Decimals a value is carried to when its division does not end. */
    public static final int SCALE = 12;
}
