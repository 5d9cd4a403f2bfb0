package nl.naober.monitoring.web.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A closed evaluation period's report as archived: aggregates only, every count already suppressed. Its shape is
 * the archive's own (see the package documentation); the JSON property names are part of the format, so renaming a
 * component here means a new {@link #formatVersion}.
 *
 * @param formatVersion {@value #FORMAT_VERSION} for every report archived now; a report read from format 0 is
 *     converted to this version
 * @param costAvoided the indicative youth-care cost avoided, or null when the report had none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArchivedReport(
        int formatVersion,
        String municipalityCode,
        String municipalityName,
        String title,
        LocalDate from,
        LocalDate to,
        LocalDate asOf,
        int suppressionThreshold,
        String suppressionLegend,
        List<Table> tables,
        CostAvoided costAvoided) {

    /** The version this code writes. */
    public static final int FORMAT_VERSION = 1;

    public ArchivedReport {
        tables = List.copyOf(tables);
    }

    /** The same report in the current format: a format-0 report has the same components, only no version. */
    ArchivedReport asCurrentFormat() {
        return new ArchivedReport(
                FORMAT_VERSION,
                municipalityCode,
                municipalityName,
                title,
                from,
                to,
                asOf,
                suppressionThreshold,
                suppressionLegend,
                tables,
                costAvoided);
    }

    /**
     * One table of figures.
     *
     * @param total the total row, or null
     * @param lastColumnIsTotal whether the last column holds each row's total
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Table(
            String key, String title, List<String> columns, List<Row> rows, Row total, boolean lastColumnIsTotal) {

        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** One row: its label and one figure per column. */
    public record Row(String label, List<ArchivedFigure> cells) {

        public Row {
            Objects.requireNonNull(label, "label");
            cells = List.copyOf(cells);
        }
    }

    /** The indicative youth-care cost avoided: its assumptions, the amount and the sentence shown. */
    public record CostAvoided(List<Assumption> assumptions, ArchivedFigure amount, String text) {

        public CostAvoided {
            assumptions = List.copyOf(assumptions);
        }
    }

    /** One labelled input of the cost avoided. */
    public record Assumption(String label, ArchivedFigure figure) {}
}
