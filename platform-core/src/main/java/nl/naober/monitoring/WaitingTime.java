package nl.naober.monitoring;

import java.math.BigDecimal;

/**
 * Days from the family's {@code registration_date} to the {@code trial_start} of each match whose trial started in
 * the period (a family with two trials counts twice).
 *
 * @param matches the number of such matches
 * @param medianDays {@code percentile_cont(0.5)}, 1 decimal (half up); null without matches
 * @param percentile90Days {@code percentile_cont(0.9)} (linear interpolation), 1 decimal (half up); null without
 *     matches
 */
public record WaitingTime(int matches, BigDecimal medianDays, BigDecimal percentile90Days) {}
