package nl.naober.core.monitoring.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small-count suppression (celonderdrukking) of aggregates shown to policy officers and networks (DESIGN.md: "suppress
 * cells under a threshold (default 5)").
 *
 * <h2>Primary suppression</h2>
 *
 * Every cell becomes {@link Figure.Suppressed} when, with {@code small(x)} meaning {@code 0 < x < threshold}:
 *
 * <ul>
 *   <li>a {@link Figure.Count} is small;
 *   <li>a {@link Figure.Percentage}'s numerator, denominator or, when numerator ≤ denominator, their difference is
 *       small (95% of 40 tells that 2 cases did not count; an assumed percentage, 0 of 0, is never hidden);
 *   <li>an {@link Figure.Average}'s n is small.
 * </ul>
 *
 * <b>Zero is shown.</b> A 0 says that nobody is in a cell, which reveals no person, and hiding zeros would hide most
 * of a small municipality's table. It does tell that a hidden count is at least 1; the protection below takes that
 * into account (a hidden count is assumed known to be ≥ 1) instead of hiding zeros. A 0 is never chosen to protect
 * another cell, since hiding it adds nothing to the hidden sum. {@link Figure.Money}, {@link Figure.Days},
 * {@link Figure.Ratio} and {@link Figure.Empty} are never hidden.
 *
 * <h2>Complementary (secondary) suppression</h2>
 *
 * A table states sums ("lines") through its totals, see {@link FigureTable}: each column with a count in the total
 * row is a line {@code total = sum of the counts above}; with {@code lastColumnIsTotal} each row with a count in its
 * last cell is a line {@code last cell = sum of the row's other counts}. Hidden cells that are counts (including the
 * totals themselves) are unknowns of these lines. Then, repeated until nothing changes:
 *
 * <ol>
 *   <li>A line whose total is shown and that has hidden parts must have at least two hidden parts, and their sum
 *       {@code s} (recomputable as the total minus the shown parts) must keep every hidden part uncertain:
 *       {@code s - (m - 1) >= threshold} for {@code m} hidden parts, i.e. even knowing that each hidden count is at
 *       least 1, no hidden part can be proved to be under the threshold, let alone pinned down. If not, hide the
 *       smallest shown non-zero count of that line (first in reading order on a tie); if there is none, hide the
 *       line's total.
 *   <li>A line whose total is hidden must have at least one hidden part (else the total is the sum of what is
 *       shown): if not, hide its smallest shown non-zero part.
 *   <li>No hidden count may be determined by all lines together (e.g. a cell that connects two otherwise separate
 *       groups of hidden cells can be solved from a combination of rows and columns). This is checked exactly: a
 *       hidden cell is determined when its unknown is in the row space of the lines' linear system. If one is,
 *       hide the smallest shown non-zero count of its own row and column lines (then of any line).
 * </ol>
 *
 * Each step hides one more cell, so the loop ends; at worst every count of the lines is hidden. The result is
 * idempotent: applying a suppression to its own output changes nothing.
 *
 * <p>Limitation: only the sums a table declares are known here. Do not show, in the same table, a percentage or
 * average whose counts let a reader recompute a count that this class hid to protect another one.
 *
 * <p>Every hidden cell shows the same "{@code < 5}" so that a reader cannot tell the small cell from the cells hidden
 * to protect it; a cell hidden to protect another may hold 5 or more, which {@link #legend()} says.
 *
 * @param threshold the smallest count that is shown (5 by default); 1 hides nothing
 */
public record Suppression(int threshold) {

    /** DESIGN.md's default threshold. */
    public static final int DEFAULT_THRESHOLD = 5;

    public Suppression {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1: " + threshold);
        }
    }

    /** Suppression with the {@link #DEFAULT_THRESHOLD}. */
    public static Suppression standard() {
        return new Suppression(DEFAULT_THRESHOLD);
    }

    /** Whether a count of {@code count} cases is hidden: {@code 0 < count < threshold}. */
    public boolean hides(int count) {
        return count > 0 && count < threshold;
    }

    /** The Dutch footnote for a table with hidden cells. */
    public String legend() {
        return "< " + threshold + ": minder dan " + threshold
                + ", of niet getoond omdat een klein aantal anders uit de totalen terug te rekenen is.";
    }

    /** The table with small counts and the figures derived from them hidden, per the class documentation. */
    public FigureTable apply(FigureTable table) {
        Grid grid = new Grid(table, this);
        grid.primary();
        grid.complementary();
        return grid.toTable();
    }

    /** Primary suppression of one figure. */
    Figure primary(Figure figure) {
        // if-chains, not a pattern switch: the project compiles for Java 17.
        if (figure instanceof Figure.Count count && hides(count.value())) {
            return hidden();
        }
        if (figure instanceof Figure.Percentage p
                && (hides(p.numerator())
                        || hides(p.denominator())
                        || (p.numerator() <= p.denominator() && hides(p.denominator() - p.numerator())))) {
            return hidden();
        }
        if (figure instanceof Figure.Average average && hides(average.n())) {
            return hidden();
        }
        return figure;
    }

    private Figure.Suppressed hidden() {
        return new Figure.Suppressed(threshold);
    }

    /** A cell of the grid: {@code row} counts the total row as the last row. */
    private record Cell(int row, int column) {}

    /** One stated sum: {@code total = sum of parts}. */
    private record Line(Cell total, List<Cell> parts) {

        List<Cell> cells() {
            List<Cell> cells = new ArrayList<>(parts);
            cells.add(total);
            return cells;
        }
    }

    /** The working copy of a table: the figures as given and as they will be shown. */
    private static final class Grid {

        private final FigureTable table;
        private final Suppression suppression;
        private final Figure[][] given;
        private final Figure[][] shown;
        private final List<Line> lines = new ArrayList<>();

        Grid(FigureTable table, Suppression suppression) {
            this.table = table;
            this.suppression = suppression;
            List<FigureRow> all = new ArrayList<>(table.rows());
            table.totalRow().ifPresent(all::add);
            int columns = table.columns().size();
            given = new Figure[all.size()][columns];
            for (int r = 0; r < all.size(); r++) {
                given[r] = all.get(r).cells().toArray(new Figure[0]);
            }
            shown = new Figure[given.length][];
            for (int r = 0; r < given.length; r++) {
                shown[r] = Arrays.copyOf(given[r], columns);
            }
            int lastRow = given.length - 1;
            if (table.total() != null) {
                for (int c = 0; c < columns; c++) {
                    if (isCount(given[lastRow][c])) {
                        List<Cell> parts = new ArrayList<>();
                        for (int r = 0; r < lastRow; r++) {
                            if (isCount(given[r][c])) {
                                parts.add(new Cell(r, c));
                            }
                        }
                        lines.add(new Line(new Cell(lastRow, c), parts));
                    }
                }
            }
            if (table.lastColumnIsTotal()) {
                for (int r = 0; r < given.length; r++) {
                    if (isCount(given[r][columns - 1])) {
                        List<Cell> parts = new ArrayList<>();
                        for (int c = 0; c < columns - 1; c++) {
                            if (isCount(given[r][c])) {
                                parts.add(new Cell(r, c));
                            }
                        }
                        lines.add(new Line(new Cell(r, columns - 1), parts));
                    }
                }
            }
        }

        /** A count, or a cell that came in hidden already (so that it is an unknown of its lines). */
        private static boolean isCount(Figure figure) {
            return figure instanceof Figure.Count || figure instanceof Figure.Suppressed;
        }

        void primary() {
            for (Figure[] row : shown) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = suppression.primary(row[c]);
                }
            }
        }

        void complementary() {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Line line : lines) {
                    Cell extra = protect(line);
                    if (extra != null) {
                        hide(extra);
                        changed = true;
                    }
                }
                if (!changed) {
                    Cell determined = firstDetermined();
                    if (determined != null) {
                        Cell extra = smallestShown(linesThrough(determined));
                        if (extra == null) {
                            extra = smallestShown(lines);
                        }
                        if (extra != null) {
                            hide(extra);
                            changed = true;
                        }
                    }
                }
            }
        }

        /** Rules 1 and 2 for one line: the cell to hide to protect it, or {@code null} when it is safe (or cannot be made so). */
        private Cell protect(Line line) {
            List<Cell> hiddenParts =
                    line.parts().stream().filter(this::isHidden).toList();
            int m = hiddenParts.size();
            if (isHidden(line.total())) {
                return m == 0 ? smallestShownPart(line) : null;
            }
            if (m == 0) {
                return null;
            }
            long shownSum = line.parts().stream()
                    .filter(cell -> !isHidden(cell))
                    .mapToLong(this::value)
                    .sum();
            long hiddenSum = value(line.total()) - shownSum;
            if (m >= 2 && hiddenSum - (m - 1) >= suppression.threshold()) {
                return null;
            }
            Cell part = smallestShownPart(line);
            if (part != null) {
                return part;
            }
            return value(line.total()) > 0 ? line.total() : null;
        }

        private Cell smallestShownPart(Line line) {
            return smallest(line.parts());
        }

        private Cell smallestShown(List<Line> candidates) {
            List<Cell> cells = new ArrayList<>();
            for (Line line : candidates) {
                cells.addAll(line.cells());
            }
            return smallest(cells);
        }

        /** The smallest shown non-zero count among the cells, the first in reading order on a tie. */
        private Cell smallest(List<Cell> cells) {
            Cell best = null;
            for (Cell cell : cells) {
                if (isHidden(cell) || value(cell) == 0) {
                    continue;
                }
                if (best == null
                        || value(cell) < value(best)
                        || (value(cell) == value(best) && readingOrder(cell) < readingOrder(best))) {
                    best = cell;
                }
            }
            return best;
        }

        private int readingOrder(Cell cell) {
            return cell.row() * shown[0].length + cell.column();
        }

        private List<Line> linesThrough(Cell cell) {
            return lines.stream().filter(line -> line.cells().contains(cell)).toList();
        }

        /** Rule 3: the first hidden count (reading order) that the lines determine, or {@code null}. */
        private Cell firstDetermined() {
            List<Cell> unknowns = new ArrayList<>();
            for (Line line : lines) {
                for (Cell cell : line.cells()) {
                    if (isHidden(cell) && !unknowns.contains(cell)) {
                        unknowns.add(cell);
                    }
                }
            }
            if (unknowns.isEmpty()) {
                return null;
            }
            unknowns.sort((a, b) -> Integer.compare(readingOrder(a), readingOrder(b)));
            long[][] system = new long[lines.size()][unknowns.size()];
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                for (Cell part : line.parts()) {
                    int k = unknowns.indexOf(part);
                    if (k >= 0) {
                        system[i][k] = Modular.P - 1; // -1
                    }
                }
                int k = unknowns.indexOf(line.total());
                if (k >= 0) {
                    system[i][k] = 1;
                }
            }
            int rank = Modular.rank(system, -1);
            for (int k = 0; k < unknowns.size(); k++) {
                if (Modular.rank(system, k) < rank) {
                    return unknowns.get(k);
                }
            }
            return null;
        }

        private boolean isHidden(Cell cell) {
            return shown[cell.row()][cell.column()] instanceof Figure.Suppressed;
        }

        /** The given count of a cell (only asked of shown counts and shown totals). */
        private int value(Cell cell) {
            return ((Figure.Count) given[cell.row()][cell.column()]).value();
        }

        private void hide(Cell cell) {
            shown[cell.row()][cell.column()] = suppression.hidden();
        }

        FigureTable toTable() {
            int rows = table.rows().size();
            List<FigureRow> newRows = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                newRows.add(new FigureRow(table.rows().get(r).label(), List.of(shown[r])));
            }
            FigureRow newTotal =
                    table.total() == null ? null : new FigureRow(table.total().label(), List.of(shown[rows]));
            return table.withRows(newRows, newTotal);
        }
    }

    /**
     * Rank over the integers modulo a large prime. The lines' coefficients are 0 and ±1 and a table's sums form a
     * network matrix (totally unimodular: every minor is 0 or ±1), so this rank equals the rank over the rationals.
     */
    private static final class Modular {

        static final long P = 2_147_483_647L;

        private Modular() {}

        /** The rank of {@code matrix} without column {@code skip} (-1: all columns). */
        static int rank(long[][] matrix, int skip) {
            int rows = matrix.length;
            int columns = rows == 0 ? 0 : matrix[0].length;
            long[][] m = new long[rows][];
            for (int r = 0; r < rows; r++) {
                m[r] = matrix[r].clone();
                if (skip >= 0) {
                    m[r][skip] = 0;
                }
            }
            int rank = 0;
            for (int c = 0; c < columns && rank < rows; c++) {
                int pivot = -1;
                for (int r = rank; r < rows; r++) {
                    if (m[r][c] != 0) {
                        pivot = r;
                        break;
                    }
                }
                if (pivot < 0) {
                    continue;
                }
                long[] swap = m[pivot];
                m[pivot] = m[rank];
                m[rank] = swap;
                long inverse = power(m[rank][c], P - 2);
                for (int r = 0; r < rows; r++) {
                    if (r != rank && m[r][c] != 0) {
                        long factor = m[r][c] * inverse % P;
                        for (int k = c; k < columns; k++) {
                            m[r][k] = Math.floorMod(m[r][k] - factor * m[rank][k] % P, P);
                        }
                    }
                }
                rank++;
            }
            return rank;
        }

        private static long power(long base, long exponent) {
            long result = 1;
            long b = base % P;
            long e = exponent;
            while (e > 0) {
                if ((e & 1) == 1) {
                    result = result * b % P;
                }
                b = b * b % P;
                e >>= 1;
            }
            return result;
        }
    }
}
