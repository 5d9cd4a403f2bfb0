package nl.naober.core.monitoring;

import java.math.BigDecimal;

/**
 * Day-parts (dagdelen) of support delivered in the period. A match delivers from its {@code trial_start} up to but
 * not including its {@code ended_on}; a match not ended by the end ({@code min(to, asOf)}) through the end. For
 * every match, {@code (days of that span inside the period) / 7 × (number of day-parts in its day_parts list)}.
 *
 * @param total the sum over all matches, 1 decimal (half up)
 * @param perWeek the total per week of the period up to the end: {@code total / ((end − from + 1) / 7)}, 1 decimal
 *     (half up); null when the end lies before the period
 * @param matchMonths the days matches delivered in the period (the same spans, without the day-part factor) in
 *     average months of {@link #DAYS_PER_MONTH} days, 1 decimal (half up): the denominator of the cost per
 *     match-month
 */
public record DayPartsDelivered(BigDecimal total, BigDecimal perWeek, BigDecimal matchMonths) {

    /** An average month (365.2425 / 12), the same as the budget's burn rate uses. */
    public static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.436875");
}
