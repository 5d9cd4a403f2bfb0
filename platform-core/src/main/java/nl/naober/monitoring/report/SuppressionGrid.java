package nl.naober.monitoring.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.naober.monitoring.report.Suppression.Link;
import nl.naober.monitoring.report.Suppression.Ref;

/**
 * The working copy of a report for {@link Suppression}: the figures as given and as they will be shown, the stated
 * sums of its tables ({@link StatedSum}), which cells are one quantity and which figures follow a count. Primary
 * suppression and rule 4 (spreading a hidden count) are here; the complementary rules are
 * {@link ComplementarySuppression}.
 */
final class SuppressionGrid {

    private final List<FigureTable> tables;
    private final Suppression suppression;
    private final Figure[][][] given;
    private final Figure[][][] shown;
    private final List<StatedSum> lines = new ArrayList<>();
    /** Each count cell's quantity: the cells linked as the same count, in reading order. */
    private final java.util.Map<GridCell, List<GridCell>> quantity = new java.util.HashMap<>();
    /** The tables whose rows are stretches of time: their totals are hidden first (rule 5). */
    private final java.util.Set<Integer> totalsFirst = new java.util.HashSet<>();
    /** For a count cell, the figures that are hidden with it. */
    private final java.util.Map<GridCell, List<GridCell>> followers = new java.util.HashMap<>();

    SuppressionGrid(
            List<FigureTable> tables, List<Link> links, java.util.Set<String> timeSeries, Suppression suppression) {
        this.tables = List.copyOf(tables);
        for (int t = 0; t < tables.size(); t++) {
            if (timeSeries.contains(tables.get(t).key())) {
                totalsFirst.add(t);
            }
        }
        this.suppression = suppression;
        given = new Figure[tables.size()][][];
        shown = new Figure[tables.size()][][];
        for (int t = 0; t < tables.size(); t++) {
            FigureTable table = tables.get(t);
            List<FigureRow> all = new ArrayList<>(table.rows());
            table.totalRow().ifPresent(all::add);
            int columns = table.columns().size();
            given[t] = new Figure[all.size()][];
            shown[t] = new Figure[all.size()][];
            for (int r = 0; r < all.size(); r++) {
                given[t][r] = all.get(r).cells().toArray(new Figure[0]);
                shown[t][r] = Arrays.copyOf(given[t][r], columns);
            }
            addLines(t, table);
        }
        for (Link link : links) {
            GridCell figure = cell(link.figure());
            GridCell count = cell(link.count());
            if (!isCount(given(count))) {
                throw new IllegalArgumentException("not a count: " + link.count());
            }
            if (link.same()) {
                join(figure, count);
            } else {
                followers.computeIfAbsent(count, c -> new ArrayList<>()).add(figure);
            }
        }
    }

    private void addLines(int t, FigureTable table) {
        Figure[][] g = given[t];
        int columns = table.columns().size();
        int lastRow = g.length - 1;
        if (table.total() != null) {
            for (int c = 0; c < columns; c++) {
                if (isCount(g[lastRow][c])) {
                    List<GridCell> parts = new ArrayList<>();
                    for (int r = 0; r < lastRow; r++) {
                        if (isCount(g[r][c])) {
                            parts.add(new GridCell(t, r, c));
                        }
                    }
                    lines.add(new StatedSum(new GridCell(t, lastRow, c), parts));
                }
            }
        }
        if (table.lastColumnIsTotal()) {
            for (int r = 0; r < g.length; r++) {
                if (isCount(g[r][columns - 1])) {
                    List<GridCell> parts = new ArrayList<>();
                    for (int c = 0; c < columns - 1; c++) {
                        if (isCount(g[r][c])) {
                            parts.add(new GridCell(t, r, c));
                        }
                    }
                    lines.add(new StatedSum(new GridCell(t, r, columns - 1), parts));
                }
            }
        }
    }

    private GridCell cell(Ref ref) {
        int t = -1;
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).key().equals(ref.table())) {
                t = i;
            }
        }
        if (t < 0) {
            throw new IllegalArgumentException("no table " + ref.table());
        }
        FigureTable table = tables.get(t);
        int row = ref.row() == Ref.TOTAL ? table.rows().size() : ref.row();
        if ((ref.row() == Ref.TOTAL && table.total() == null)
                || row >= given[t].length
                || ref.column() >= table.columns().size()) {
            throw new IllegalArgumentException("no such cell: " + ref);
        }
        return new GridCell(t, row, ref.column());
    }

    /** Makes two count cells one quantity; their counts must agree. */
    private void join(GridCell one, GridCell other) {
        if (!isCount(given(one))) {
            throw new IllegalArgumentException("not a count: " + one);
        }
        Figure a = given(one);
        Figure b = given(other);
        if (a instanceof Figure.Count x && b instanceof Figure.Count y && x.value() != y.value()) {
            throw new IllegalArgumentException("linked counts differ: " + x.value() + " and " + y.value());
        }
        List<GridCell> merged = new ArrayList<>(members(one));
        for (GridCell cell : members(other)) {
            if (!merged.contains(cell)) {
                merged.add(cell);
            }
        }
        merged.sort(GridCell::compare);
        for (GridCell cell : merged) {
            quantity.put(cell, merged);
        }
    }

    List<GridCell> members(GridCell cell) {
        return quantity.getOrDefault(cell, List.of(cell));
    }

    /** The quantity's first cell in reading order: the one unknown all its cells stand for. */
    GridCell representative(GridCell cell) {
        return members(cell).get(0);
    }

    private Figure given(GridCell cell) {
        return given[cell.table()][cell.row()][cell.column()];
    }

    /** A count, or a cell that came in hidden already (so that it is an unknown of its lines). */
    private static boolean isCount(Figure figure) {
        return figure instanceof Figure.Count || (figure instanceof Figure.Suppressed s && !s.derived());
    }

    void primary() {
        for (Figure[][] table : shown) {
            for (Figure[] row : table) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = suppression.primary(row[c]);
                }
            }
        }
        spread();
    }

    /** Rule 4: a hidden count is hidden in every cell that holds it and in every figure that follows it. */
    private boolean spread() {
        boolean any = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int t = 0; t < shown.length; t++) {
                for (int r = 0; r < shown[t].length; r++) {
                    for (int c = 0; c < shown[t][r].length; c++) {
                        GridCell cell = new GridCell(t, r, c);
                        if (!isHidden(cell)) {
                            continue;
                        }
                        List<GridCell> reach = new ArrayList<>(members(cell));
                        reach.addAll(followers.getOrDefault(cell, List.of()));
                        for (GridCell other : reach) {
                            if (!isHidden(other)) {
                                setHidden(other);
                                changed = true;
                                any = true;
                            }
                        }
                    }
                }
            }
        }
        return any;
    }

    boolean isHidden(GridCell cell) {
        return shown[cell.table()][cell.row()][cell.column()] instanceof Figure.Suppressed;
    }

    /** The given count of a cell (only asked of shown counts and shown totals). */
    int value(GridCell cell) {
        return ((Figure.Count) given(cell)).value();
    }

    private void setHidden(GridCell cell) {
        shown[cell.table()][cell.row()][cell.column()] = suppression.hidden();
    }

    void hide(GridCell cell) {
        setHidden(cell);
        spread();
    }

    List<FigureTable> toTables() {
        List<FigureTable> out = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            FigureTable table = tables.get(t);
            int rows = table.rows().size();
            List<FigureRow> newRows = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                newRows.add(new FigureRow(table.rows().get(r).label(), List.of(shown[t][r])));
            }
            FigureRow newTotal =
                    table.total() == null ? null : new FigureRow(table.total().label(), List.of(shown[t][rows]));
            out.add(table.withRows(newRows, newTotal));
        }
        return out;
    }

    List<StatedSum> lines() {
        return lines;
    }

    int threshold() {
        return suppression.threshold();
    }

    /** Whether the cell is a total of a time-series table (rule 5: hidden first, rather than another row). */
    boolean isTimeSeriesTotal(GridCell cell) {
        return totalsFirst.contains(cell.table()) && cell.row() == given[cell.table()].length - 1;
    }
}
