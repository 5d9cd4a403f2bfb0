package nl.naober.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureRow;
import nl.naober.monitoring.report.FigureTable;

/** The cells the report's tables are made of, from the case figures' numbers, before suppression. */
final class Cells {

    /** A month as a row label: "maart 2025". */
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private Cells() {}

    static Figure count(int value) {
        return new Figure.Count(value);
    }

    /** A median or average over n cases; none when no case made it, so suppression can hide a small n. */
    static Figure overN(BigDecimal value, int n) {
        return value == null || n == 0 ? new Figure.Empty() : new Figure.Average(value, n);
    }

    static Figure share(Share share) {
        return share.denominator() == 0 || share.percentage() == null
                ? new Figure.Empty()
                : new Figure.Percentage(share.percentage(), share.numerator(), share.denominator());
    }

    static Figure money(BigDecimal euros) {
        return euros == null ? new Figure.Empty() : new Figure.Money(euros.setScale(2, RoundingMode.HALF_UP));
    }

    /** A table of one column of figures, without a total row (its rows are different measures). */
    static FigureTable column(String key, String title, String column, FigureRow... rows) {
        return new FigureTable(key, title, List.of(column), List.of(rows), null);
    }

    /** A ratio, or empty when there is none (no waiting family, no week). */
    static Figure ratio(BigDecimal value) {
        return value == null ? new Figure.Empty() : new Figure.Ratio(value);
    }
}
