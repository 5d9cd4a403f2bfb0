package nl.naober.monitoring.report;

import java.util.ArrayList;
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
 * <h2>One report, one fate per count (rule 4)</h2>
 *
 * A reader holds every table of a report at once, so what one table hides must not come back from another. The
 * tables of a report are therefore suppressed together ({@link #apply(List, List)}), with {@link Link}s that say
 * what the tables alone do not:
 *
 * <ul>
 *   <li>{@link Link#same(Ref, Ref) same}: two cells hold the same count (the registrations' total in the monthly
 *       table, the funnel and the sources table). They are one quantity: hidden in one place, hidden everywhere,
 *       and one unknown in the sums of both tables, so rules 1–3 protect it across tables (rule 3 solves the sums of
 *       all tables together).
 *   <li>{@link Link#hiddenWith(Ref, Ref) hiddenWith}: a figure that reveals a count when shown next to other
 *       figures: an average or median over it, a percentage of it, an amount per case (money spent per started
 *       match), a ratio of two counts. It is hidden whenever that count is hidden, also when the count was hidden
 *       only to protect another one. A figure does not carry its count out of the report either: the JSON of an
 *       average or percentage has no n, numerator or denominator.
 * </ul>
 *
 * A table's sum that another table states (the quarters add up to the period's matches) is written as a total row
 * of the one table linked {@code same} to the other's cell, so that it is a declared sum.
 *
 * <h2>Time series hide their total (rule 5)</h2>
 *
 * A month's count is the same in every report whose period holds that month, so it is hidden in all of them (rule
 * 1 depends on the count only). Rule 1's second hidden cell is not: in a report over January–April it may be March,
 * which the report over January–March shows, and April comes back as the total minus the rest. In a table whose rows
 * are months (declared with {@link #apply(List, List, java.util.Set)}), rule 1 therefore hides the column's total
 * instead of another month; the total is linked to the same count in other tables, which then protect it in turn.
 *
 * <p>Limitation: only the sums and links declared are known here, and each published report is protected on its own.
 * Two reports over overlapping periods can still be subtracted from each other; see docs/privacy.md, "Disclosure
 * rules for monitoring", for what remains.
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

    /**
     * The Dutch footnote for a hidden figure that is not a count ({@link Figure.Suppressed#derived()}): an amount,
     * average or percentage that would give a hidden count back.
     */
    public String derivedLegend() {
        return Figure.Suppressed.DERIVED_TEXT + ": een bedrag, gemiddelde of percentage dat we niet tonen, omdat het"
                + " berekend is uit een aantal onder de " + threshold + " (of uit een aantal dat daarom verborgen is)"
                + " en dat aantal terug zou geven.";
    }

    /** The table with small counts and the figures derived from them hidden, per the class documentation. */
    public FigureTable apply(FigureTable table) {
        return apply(List.of(table), List.of()).get(0);
    }

    /**
     * The tables of one report suppressed together (rule 4 of the class documentation): the rules of one table
     * applied to every table, with the cells that {@code links} tie together treated as one quantity (or as one
     * figure that follows a count), until nothing changes.
     *
     * @param tables the tables of one report, keys unique
     * @param links which cells hold the same count and which figures reveal which counts
     * @return the tables in the same order, suppressed
     * @throws IllegalArgumentException when a link names a cell that does not exist, or ties two counts that differ
     */
    public List<FigureTable> apply(List<FigureTable> tables, List<Link> links) {
        return apply(tables, links, java.util.Set.of());
    }

    /**
     * As {@link #apply(List, List)}, with {@code timeSeries} the keys of tables whose rows are stretches of time
     * (months): where one of their rows must be protected, the total is hidden rather than another row (rule 5).
     */
    public List<FigureTable> apply(List<FigureTable> tables, List<Link> links, java.util.Set<String> timeSeries) {
        SuppressionGrid grid = new SuppressionGrid(tables, links, timeSeries, this);
        grid.primary();
        new ComplementarySuppression(grid).run();
        return named(tables, grid.toTables());
    }

    /**
     * The hidden cells that were not counts marked {@link Figure.Suppressed#derived() derived}, so that they read
     * "verborgen" rather than "< 5": which cells are hidden does not change, only their words.
     */
    private List<FigureTable> named(List<FigureTable> given, List<FigureTable> shown) {
        List<FigureTable> named = new ArrayList<>();
        for (int t = 0; t < shown.size(); t++) {
            FigureTable in = given.get(t);
            FigureTable out = shown.get(t);
            List<FigureRow> rows = new ArrayList<>();
            for (int r = 0; r < out.rows().size(); r++) {
                rows.add(named(in.rows().get(r), out.rows().get(r)));
            }
            named.add(out.withRows(rows, out.total() == null ? null : named(in.total(), out.total())));
        }
        return named;
    }

    private FigureRow named(FigureRow given, FigureRow shown) {
        List<Figure> cells = new ArrayList<>();
        for (int c = 0; c < shown.cells().size(); c++) {
            Figure in = given.cells().get(c);
            Figure out = shown.cells().get(c);
            boolean derived = out instanceof Figure.Suppressed
                    && !(in instanceof Figure.Count)
                    && !(in instanceof Figure.Suppressed hiddenCount && !hiddenCount.derived());
            cells.add(derived ? new Figure.Suppressed(threshold, true) : out);
        }
        return new FigureRow(shown.label(), cells);
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

    Figure.Suppressed hidden() {
        return new Figure.Suppressed(threshold);
    }

    /**
     * A cell of a report's table, by the table's key: {@code row} counts the body rows from 0, {@link #TOTAL} is the
     * total row; {@code column} counts the figure columns from 0.
     */
    public record Ref(String table, int row, int column) {

        /** The row index of the total row. */
        public static final int TOTAL = -1;

        public Ref {
            java.util.Objects.requireNonNull(table, "table");
            if (row < TOTAL || column < 0) {
                throw new IllegalArgumentException("no such cell: " + table + " " + row + "," + column);
            }
        }

        public static Ref total(String table, int column) {
            return new Ref(table, TOTAL, column);
        }
    }

    /**
     * What one table cannot know about another (rule 4): {@code figure} is hidden whenever the count {@code count}
     * is; with {@code same}, the two cells hold the same count and are one quantity (hidden together, and an unknown
     * of the sums of both tables).
     */
    public record Link(Ref figure, Ref count, boolean same) {

        public Link {
            java.util.Objects.requireNonNull(figure, "figure");
            java.util.Objects.requireNonNull(count, "count");
        }

        /** Two cells of (usually) two tables that hold the same count, e.g. a total shown in two tables. */
        public static Link same(Ref one, Ref other) {
            return new Link(one, other, true);
        }

        /** A figure that reveals a count: an average over it, a percentage of it, an amount per case. */
        public static Link hiddenWith(Ref figure, Ref count) {
            return new Link(figure, count, false);
        }
    }
}
