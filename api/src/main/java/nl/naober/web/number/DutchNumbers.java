package nl.naober.web.number;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an amount or decimal as a Dutch person types it and writes it back the same way. Accepted: {@code 85000},
 * {@code 85000,00}, {@code 85.000,00}, {@code € 85.000}, a negative amount such as a credit note with a hyphen or
 * the minus sign the screens write ({@code -86,40}, {@code € −86,40}, {@code -€ 86,40}), and the English {@code 85000.00} where it cannot be read
 * otherwise (a point followed by one or two digits: Dutch groups thousands by three). Refused as ambiguous: a comma
 * followed by exactly three digits with no point ({@code 85,000}: 85 or 85 thousand?) and both separators the
 * English way round ({@code 85,000.00}); refused as malformed: anything else, such as {@code 85.00.0} or
 * {@code 12a}.
 */
public final class DutchNumbers {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    /** Plain digits, optionally with a decimal comma: 85000 or 85000,5. */
    private static final Pattern PLAIN = Pattern.compile("\\d+(,\\d+)?");
    /** Thousands grouped by points, optionally with a decimal comma: 85.000 or 1.250.000,00. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    /** A decimal point that cannot be a thousands point: 85000.00 or 12.5. */
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+\\.\\d{1,2}");
    /** A comma and three digits alone: Dutch reads 85,000 as 85, English as 85 thousand. */
    private static final Pattern AMBIGUOUS_COMMA = Pattern.compile("\\d{1,3},\\d{3}");

    private DutchNumbers() {}

    /**
     * The number in the text, or null for a blank text.
     *
     * @throws NotADutchNumber when the text is malformed or could mean two numbers
     */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        // the minus sign (U+2212) is how the screens write a credit note: "€ −86,40"
        String s = text.replace('\u00a0', ' ')
                .replace('\u202f', ' ')
                .replace('\u2212', '-')
                .strip();
        boolean minusBeforeEuro = s.startsWith("-") && s.substring(1).strip().startsWith("€");
        if (minusBeforeEuro) { // "-€ 86,40"
            s = s.substring(1).strip();
        }
        if (s.startsWith("€")) {
            s = s.substring(1);
        } else if (s.regionMatches(true, 0, "EUR", 0, 3)) {
            s = s.substring(3);
        }
        s = s.replace(" ", "");
        if (s.endsWith(",-")) { // "€ 85.000,-" is how a price is written on a Dutch invoice
            s = s.substring(0, s.length() - 2);
        }
        if (s.isEmpty()) {
            if (text.isBlank()) {
                return null;
            }
            throw new NotADutchNumber(text);
        }
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1);
        }
        if (minusBeforeEuro) {
            if (negative) {
                throw new NotADutchNumber(text);
            }
            negative = true;
        }
        String canonical;
        if (AMBIGUOUS_COMMA.matcher(s).matches()) {
            throw new NotADutchNumber(text);
        } else if (PLAIN.matcher(s).matches()) {
            canonical = s.replace(',', '.');
        } else if (GROUPED.matcher(s).matches()) {
            canonical = s.replace(".", "").replace(',', '.');
        } else if (DECIMAL_POINT.matcher(s).matches()) {
            canonical = s;
        } else {
            throw new NotADutchNumber(text);
        }
        BigDecimal value = new BigDecimal(canonical);
        return negative ? value.negate() : value;
    }

    /**
     * Parses and gives the number the wanted number of decimals when that changes nothing ({@code 85000} becomes
     * 85000.00, {@code 12,50} with one decimal 12.5); a number with more decimals is left as typed, for the field's own
     * rule to refuse.
     */
    public static BigDecimal parse(String text, int decimals) {
        BigDecimal value = parse(text);
        if (value == null) {
            return null;
        }
        try {
            return value.setScale(decimals, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException moreDecimals) {
            return value;
        }
    }

    /** "85.000,00" for 85000 with two decimals; no currency sign (the label says "in euro"). */
    public static String print(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(DUTCH));
        int shown = Math.max(decimals, value.stripTrailingZeros().scale());
        format.setMinimumFractionDigits(Math.max(decimals, 0));
        format.setMaximumFractionDigits(Math.max(shown, 0));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(value);
    }

    /** A text that is not a number as a Dutch person writes it; the binder turns it into a typeMismatch. */
    public static final class NotADutchNumber extends IllegalArgumentException {
        NotADutchNumber(String text) {
            super("not a Dutch number: " + text.length() + " characters");
        }
    }
}
