package nl.naober.monitoring.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One cell of a {@link FigureTable}: a value with its Dutch display text and its machine value.
 *
 * <p>Display formats ({@link #text()}), Dutch notation (dot for thousands, comma for decimals, half-up):
 *
 * <table>
 *   <caption>Formats</caption>
 *   <tr><th>Figure</th><th>{@code text()}</th><th>{@code csv()}</th></tr>
 *   <tr><td>{@link Count}</td><td>{@code 1.234}</td><td>{@code 1234}</td></tr>
 *   <tr><td>{@link Suppressed}</td><td>{@code < 5}; {@code verborgen} when not a count</td><td>{@code <5};
 *       {@code verborgen}</td></tr>
 *   <tr><td>{@link Days}</td><td>{@code 14 dagen}, {@code 1 dag}, {@code 12,5 dagen} (whole days without decimals,
 *       else 1 decimal)</td><td>{@code 14}, {@code 12.5}</td></tr>
 *   <tr><td>{@link Percentage}</td><td>{@code 37,5%} (always 1 decimal)</td><td>{@code 37.5}</td></tr>
 *   <tr><td>{@link Average}</td><td>{@code 3,2} (always 1 decimal)</td><td>{@code 3.2}</td></tr>
 *   <tr><td>{@link Money}</td><td>{@code € 110.000,00} (always 2 decimals)</td><td>{@code 110000.00}</td></tr>
 *   <tr><td>{@link Ratio}</td><td>{@code 1,25} (always 2 decimals)</td><td>{@code 1.25}</td></tr>
 *   <tr><td>{@link Empty}</td><td>{@code –} (en dash: no data), or its reason ({@code geen budget
 *       ingevoerd})</td><td>empty string</td></tr>
 * </table>
 *
 * <p>{@code csv()} is also the value for JSON consumers that want a number: the displayed precision with a dot, so
 * a download never disagrees with the screen. The records themselves hold the full value.
 *
 * <p>Counts of cases and figures derived from them ({@link Percentage} through its counts, {@link Average} through
 * its n) are subject to {@link Suppression}; {@link Days}, {@link Money} and {@link Ratio} never are. An average
 * over cases, such as an average waiting time in days, is therefore an {@link Average} (with the unit in the column
 * header), not {@link Days}.
 */
public sealed interface Figure {

    /** The Dutch display text for screens and PDF. */
    String text();

    /** The machine value for CSV (and JSON consumers): a plain number with a dot, {@code <5} when suppressed. */
    String csv();

    /** {@code numerator} of {@code denominator} as a percentage with 1 decimal, or {@link Empty} when nothing to divide by. */
    static Figure percentage(int numerator, int denominator) {
        if (denominator == 0) {
            return new Empty();
        }
        return Percentage.of(numerator, denominator);
    }

    /** {@code sum / n} as an {@link Average}, or {@link Empty} when {@code n} is 0. */
    static Figure average(BigDecimal sum, int n) {
        Objects.requireNonNull(sum, "sum");
        if (n == 0) {
            return new Empty();
        }
        return new Average(sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64), n);
    }

    /** A number of cases (families, matches, ...); hidden by {@link Suppression} when {@code 0 < value < threshold}. */
    record Count(int value) implements Figure {
        public Count {
            if (value < 0) {
                throw new IllegalArgumentException("a count is not negative: " + value);
            }
        }

        @Override
        public String text() {
            return DutchFormat.number(BigDecimal.valueOf(value), 0);
        }

        @Override
        public String csv() {
            return Integer.toString(value);
        }
    }

    /**
     * A hidden figure. Every cell {@link Suppression} hides becomes this, the small ones and the ones hidden so that a
     * small one cannot be recomputed; see {@link Suppression#legend()}.
     *
     * <p>A hidden count reads "{@code < 5}" (threshold 5). A hidden figure that is not a count (an amount, an average,
     * a percentage: {@code derived}) reads "{@code verborgen}", since "{@code < 5}" next to euros, days or a
     * percentage would state a value it does not have; {@link Suppression#derivedLegend()} explains it. Both are
     * hidden for the same reason and by the same rules; only the words differ.
     *
     * @param derived whether the hidden figure is not a count but derived from one (a frozen report written before
     *     this flag reads as a count)
     */
    record Suppressed(int threshold, boolean derived) implements Figure {

        /** The word for a hidden figure that is not a count. */
        public static final String DERIVED_TEXT = "verborgen";

        public Suppressed {
            if (threshold < 1) {
                throw new IllegalArgumentException("threshold must be at least 1: " + threshold);
            }
        }

        /** A hidden count. */
        public Suppressed(int threshold) {
            this(threshold, false);
        }

        @Override
        public String text() {
            return derived ? DERIVED_TEXT : "< " + threshold;
        }

        @Override
        public String csv() {
            return derived ? DERIVED_TEXT : "<" + threshold;
        }
    }

    /** A number of days that is not a count of cases (the length of a period, a fixed term): "14 dagen", "12,5 dagen". */
    record Days(BigDecimal value) implements Figure {
        public Days {
            Objects.requireNonNull(value, "value");
        }

        public static Days of(long days) {
            return new Days(BigDecimal.valueOf(days));
        }

        @Override
        public String text() {
            int decimals = DutchFormat.wholeOrOneDecimal(value);
            String number = DutchFormat.number(value, decimals);
            return number + ("1".equals(number) ? " dag" : " dagen");
        }

        @Override
        public String csv() {
            return DutchFormat.plain(value, DutchFormat.wholeOrOneDecimal(value));
        }
    }

    /**
     * A percentage ({@code value}, e.g. 37.5 for 37,5%) of {@code numerator} cases out of {@code denominator} cases;
     * suppressed when either count or their difference is small. An assumed percentage that is no ratio of cases
     * (a parameter) has numerator and denominator 0: see {@link #assumed(BigDecimal)}.
     */
    record Percentage(BigDecimal value, int numerator, int denominator) implements Figure {
        public Percentage {
            Objects.requireNonNull(value, "value");
            if (numerator < 0 || denominator < 0) {
                throw new IllegalArgumentException("counts are not negative: " + numerator + "/" + denominator);
            }
        }

        /** {@code 100 × numerator / denominator}, rounded to 1 decimal half-up. */
        public static Percentage of(int numerator, int denominator) {
            if (denominator <= 0) {
                throw new IllegalArgumentException("denominator must be positive: " + denominator);
            }
            BigDecimal value = BigDecimal.valueOf(100L * numerator)
                    .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
            return new Percentage(value, numerator, denominator);
        }

        /** A percentage that is an assumption, not counted: never suppressed. */
        public static Percentage assumed(BigDecimal value) {
            return new Percentage(value, 0, 0);
        }

        @Override
        public String text() {
            return DutchFormat.number(value, 1) + "%";
        }

        @Override
        public String csv() {
            return DutchFormat.plain(value, 1);
        }
    }

    /** An average over {@code n} cases: "3,2"; suppressed when {@code 0 < n < threshold}. */
    record Average(BigDecimal value, int n) implements Figure {
        public Average {
            Objects.requireNonNull(value, "value");
            if (n < 0) {
                throw new IllegalArgumentException("n is not negative: " + n);
            }
        }

        @Override
        public String text() {
            return DutchFormat.number(value, 1);
        }

        @Override
        public String csv() {
            return DutchFormat.plain(value, 1);
        }
    }

    /** An amount in euros, kept to the cent (half-up): "€ 110.000,00"; never suppressed. */
    record Money(BigDecimal euros) implements Figure {
        public Money {
            euros = Objects.requireNonNull(euros, "euros").setScale(2, RoundingMode.HALF_UP);
        }

        @Override
        public String text() {
            return "€ " + DutchFormat.number(euros, 2);
        }

        @Override
        public String csv() {
            return euros.toPlainString();
        }
    }

    /** A ratio that is not a count (e.g. day-parts per match): "1,25"; never suppressed. */
    record Ratio(BigDecimal value) implements Figure {
        public Ratio {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return DutchFormat.number(value, 2);
        }

        @Override
        public String csv() {
            return DutchFormat.plain(value, 2);
        }
    }

    /**
     * No data (nothing to count or divide): "–", or the reason in words where a dash would hide why, e.g. "geen
     * budget ingevoerd" where "€ 0,00" would suggest that a budget of nothing was set.
     *
     * @param reason the Dutch words shown instead of the dash, or {@code null} for the dash
     */
    record Empty(String reason) implements Figure {

        /** The reason of an amount of a budget that nobody entered. */
        public static final String NO_BUDGET = "geen budget ingevoerd";

        /** No data, shown as a dash. */
        public Empty() {
            this(null);
        }

        @Override
        public String text() {
            return reason == null ? "–" : reason;
        }

        @Override
        public String csv() {
            return "";
        }
    }
}
