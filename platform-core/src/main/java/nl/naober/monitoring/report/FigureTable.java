package nl.naober.monitoring.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table of figures that screens (HTML), CSV, PDF and the REST API render from.
 *
 * <p>Totals, which {@link Suppression} needs to know to prevent recomputing a hidden cell:
 *
 * <ul>
 *   <li>{@code total} (nullable): a total row. In every column where it holds a {@link Figure.Count}, that count is
 *       the sum of the {@link Figure.Count}s of the rows above in the same column: the rows partition the total.
 *   <li>{@code lastColumnIsTotal}: in every row (the total row included) whose last cell is a {@link Figure.Count},
 *       that count is the sum of the row's other {@link Figure.Count} cells: the other count columns partition it.
 *       Put no count column in such a table that is not a part of the total.
 * </ul>
 *
 * Cells of other kinds (percentages, averages, money, ...) are never part of a total.
 *
 * @param key a stable id, lower case letters, digits and hyphens ("aanmeldingen-per-wijk"), for CSV file names and
 *     anchors
 * @param title the Dutch title, given by the caller
 * @param columns the Dutch headers of the figure columns (the row labels have no header here)
 * @param rows the rows, each with one cell per column
 * @param total the total row, or {@code null}
 * @param lastColumnIsTotal whether the last column holds each row's total
 */
public record FigureTable(
        String key,
        String title,
        List<String> columns,
        List<FigureRow> rows,
        FigureRow total,
        boolean lastColumnIsTotal) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public FigureTable {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("key must be lower case words joined by hyphens: " + key);
        }
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (FigureRow row : total == null ? rows : concat(rows, total)) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("row '" + row.label() + "' has "
                        + row.cells().size() + " cells for " + columns.size() + " columns");
            }
        }
        if (lastColumnIsTotal && columns.size() < 2) {
            throw new IllegalArgumentException("a total column needs at least one other column");
        }
    }

    /** A table without a total column; {@code total} may be {@code null}. */
    public FigureTable(String key, String title, List<String> columns, List<FigureRow> rows, FigureRow total) {
        this(key, title, columns, rows, total, false);
    }

    /** The total row, if any. */
    public Optional<FigureRow> totalRow() {
        return Optional.ofNullable(total);
    }

    /** The same table with other rows and total (same key, title, columns and total column). */
    public FigureTable withRows(List<FigureRow> newRows, FigureRow newTotal) {
        return new FigureTable(key, title, columns, newRows, newTotal, lastColumnIsTotal);
    }

    private static List<FigureRow> concat(List<FigureRow> rows, FigureRow total) {
        return java.util.stream.Stream.concat(rows.stream(), java.util.stream.Stream.of(total))
                .toList();
    }
}
