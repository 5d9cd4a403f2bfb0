package nl.naober.monitoring.report;

import java.util.List;
import java.util.Objects;

/**
 * One row of a {@link FigureTable}.
 *
 * @param label the row's Dutch label, e.g. a neighbourhood or a closing reason
 * @param cells one figure per column of the table
 */
public record FigureRow(String label, List<Figure> cells) {

    public FigureRow {
        Objects.requireNonNull(label, "label");
        cells = List.copyOf(cells);
    }

    public static FigureRow of(String label, Figure... cells) {
        return new FigureRow(label, List.of(cells));
    }
}
