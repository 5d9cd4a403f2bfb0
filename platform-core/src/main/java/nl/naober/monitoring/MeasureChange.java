package nl.naober.monitoring;

import java.math.BigDecimal;

/**
 * One outcome measure (a 0–5 rating) at intake and at closing, over the families counted in {@link OutcomeChanges}
 * that have this rating in both measurements. Averages are 2 decimals (half up) and null when {@code families} is 0.
 *
 * @param families families with this rating at intake and at closing
 * @param averageAtIntake the average rating at intake
 * @param averageAtClosing the average rating at closing
 * @param averageChange the average of (closing − intake) per family; rounded on its own, so it may differ by 0.01
 *     from the difference of the two rounded averages
 */
public record MeasureChange(
        int families, BigDecimal averageAtIntake, BigDecimal averageAtClosing, BigDecimal averageChange) {}
