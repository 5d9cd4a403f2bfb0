package nl.naober.monitoring.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Dutch number notation: a dot groups thousands, a comma separates decimals ({@code 1.234,5}), a hyphen-minus for
 * negative numbers; machine values are plain with a dot ({@code 1234.5}). Rounding is always half-up.
 */
final class DutchFormat {

    /** The same locale as {@code new Locale("nl", "NL")}. */
    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private DutchFormat() {}

    /** {@code 1234.5} with 1 decimal: "1.234,5"; with 0 decimals: "1.234" (half-up: 1234.5 gives "1.235"). */
    static String number(BigDecimal value, int decimals) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(DUTCH);
        // Fixed rather than taken from the JDK's locale data, which has changed between releases.
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        // DecimalFormat is not thread-safe; one per call is cheap next to rendering a report.
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** {@code 1234.5} with 2 decimals: "1234.50". */
    static String plain(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** 0 decimals for a whole number, else 1 (after rounding to 1 decimal). */
    static int wholeOrOneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).remainder(BigDecimal.ONE).signum() == 0 ? 0 : 1;
    }
}
