package nl.naober.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A part of a whole.
 *
 * @param numerator how many have the property
 * @param denominator how many were asked
 * @param percentage {@code 100 × numerator / denominator}, 1 decimal (half up); null when the denominator is 0
 */
public record Share(int numerator, int denominator, BigDecimal percentage) {

    static Share of(int numerator, int denominator) {
        return new Share(
                numerator,
                denominator,
                denominator == 0
                        ? null
                        : BigDecimal.valueOf(numerator * 100L)
                                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP));
    }
}
