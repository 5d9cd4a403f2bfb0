package nl.naober.monitoring.web.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure as archived: its kind and the values it is shown from, never its display text (the screens, CSV and
 * PDF derive that from the values, as they do for a live report). Only the components of the kind are present; the
 * others are null and left out of the JSON.
 *
 * <p>Not archived, as the reports never showed them: the counts behind a percentage and the n behind an average
 * (they read back as 0).
 *
 * @param type one of the {@code TYPE_*} names, spelled as format 0 spelled them
 * @param value the number of a count, days, percentage, average or ratio
 * @param threshold the suppression threshold of a hidden figure
 * @param derived whether a hidden figure is not a count but derived from one
 * @param euros the amount of money
 * @param reason the words shown instead of a dash for an empty figure, or null for the dash
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArchivedFigure(
        String type, BigDecimal value, Integer threshold, Boolean derived, BigDecimal euros, String reason) {

    public static final String TYPE_COUNT = "Count";
    public static final String TYPE_SUPPRESSED = "Suppressed";
    public static final String TYPE_DAYS = "Days";
    public static final String TYPE_PERCENTAGE = "Percentage";
    public static final String TYPE_AVERAGE = "Average";
    public static final String TYPE_MONEY = "Money";
    public static final String TYPE_RATIO = "Ratio";
    public static final String TYPE_EMPTY = "Empty";

    public ArchivedFigure {
        Objects.requireNonNull(type, "type");
    }

    static ArchivedFigure number(String type, BigDecimal value) {
        return new ArchivedFigure(type, value, null, null, null, null);
    }

    static ArchivedFigure suppressed(int threshold, boolean derived) {
        return new ArchivedFigure(TYPE_SUPPRESSED, null, threshold, derived, null, null);
    }

    static ArchivedFigure money(BigDecimal euros) {
        return new ArchivedFigure(TYPE_MONEY, null, null, null, euros, null);
    }

    static ArchivedFigure empty(String reason) {
        return new ArchivedFigure(TYPE_EMPTY, null, null, null, null, reason);
    }
}
