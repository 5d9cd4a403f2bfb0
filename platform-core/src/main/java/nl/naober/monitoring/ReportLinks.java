package nl.naober.monitoring;

import static nl.naober.monitoring.MonitoringTables.BUDGET;
import static nl.naober.monitoring.MonitoringTables.CLOSINGS;
import static nl.naober.monitoring.MonitoringTables.FUNNEL;
import static nl.naober.monitoring.MonitoringTables.MATCHES;
import static nl.naober.monitoring.MonitoringTables.MONTH_SUMS;
import static nl.naober.monitoring.MonitoringTables.OUTCOMES;
import static nl.naober.monitoring.MonitoringTables.REGISTRATIONS;
import static nl.naober.monitoring.MonitoringTables.SOURCES;
import static nl.naober.monitoring.MonitoringTables.STEP_DAYS;
import static nl.naober.monitoring.MonitoringTables.SUPPLY;
import static nl.naober.monitoring.MonitoringTables.WAITING;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureRow;
import nl.naober.monitoring.report.FigureTable;
import nl.naober.monitoring.report.Suppression;
import nl.naober.monitoring.report.Suppression.Link;
import nl.naober.monitoring.report.Suppression.Ref;

/**
 * What the tables of a municipality's report say about each other, for {@link Suppression#apply(List, List)}: the
 * same count shown in two tables, and the figures that reveal a count (medians over it, a percentage of it, a ratio
 * or an amount per case). Rows are found by their labels; a table missing from a report links nothing. The links are
 * collected in a fixed order (suppression reads them in that order).
 */
final class ReportLinks {

    /** The funnel columns the lead-time columns are medians over: intake, trial, continued, closed. */
    private static final int[] STEP_COUNTS = {1, 3, 4, 5};

    private final List<FigureTable> tables;
    private final List<Link> all = new ArrayList<>();

    private ReportLinks(List<FigureTable> tables) {
        this.tables = tables;
    }

    /** The links between these tables (the case tables, the budget and the month sums of the trend). */
    static List<Link> of(List<FigureTable> tables) {
        ReportLinks links = new ReportLinks(tables);
        String trend = links.trendKey();
        links.registrations(trend);
        links.leadTimes();
        links.monthSums(trend);
        links.matches(trend);
        links.supplyOutcomesAndBudget();
        return links.all;
    }

    /** The families registered in the period: per month, per source, in the funnel and per trend row. */
    private void registrations(String trend) {
        same(Ref.total(FUNNEL, 0), Ref.total(REGISTRATIONS, 0));
        same(Ref.total(FUNNEL, 0), Ref.total(SOURCES, 0));
        same(Ref.total(FUNNEL, 0), trendTotal(trend, 0));
        for (String source : labels(SOURCES)) {
            same(ref(SOURCES, source, 0), ref(FUNNEL, source, 0));
        }
    }

    /** The funnel's lead times are medians over its counts, row by row. */
    private void leadTimes() {
        hiddenWith(ref(STEP_DAYS, "Alle bronnen", -1), Ref.total(FUNNEL, 0), STEP_COUNTS);
        for (String source : labels(FUNNEL)) {
            hiddenWith(ref(STEP_DAYS, source, -1), ref(FUNNEL, source, 0), STEP_COUNTS);
        }
    }

    /** Each trend row's registrations are the sum of its months (the month sums, never shown). */
    private void monthSums(String trend) {
        for (FigureTable sums : tables) {
            if (sums.key().startsWith(MONTH_SUMS)) {
                int row = Integer.parseInt(sums.key().substring(MONTH_SUMS.length()));
                for (int m = 0; m < sums.rows().size(); m++) {
                    same(
                            new Ref(sums.key(), m, 0),
                            ref(REGISTRATIONS, sums.rows().get(m).label(), 0));
                }
                same(Ref.total(sums.key(), 0), new Ref(trend, row, 0));
            }
        }
    }

    /** Matches: started (also the waiting time's n), continued, ended, closed; per trend row and in the period. */
    private void matches(String trend) {
        same(trendTotal(trend, 1), new Ref(MATCHES, 0, 0));
        same(trendTotal(trend, 2), new Ref(MATCHES, 1, 0));
        same(trendTotal(trend, 3), new Ref(MATCHES, 2, 0));
        same(trendTotal(trend, 4), new Ref(MATCHES, 5, 0));
        same(new Ref(WAITING, 0, 0), new Ref(MATCHES, 0, 0));
        sameIfEqual(Ref.total(CLOSINGS, 0), new Ref(MATCHES, 5, 0));
        hiddenWith(new Ref(WAITING, 1, 0), new Ref(WAITING, 0, 0));
        hiddenWith(new Ref(WAITING, 2, 0), new Ref(WAITING, 0, 0));
        hiddenWith(new Ref(MATCHES, 3, 0), new Ref(MATCHES, 1, 0));
        hiddenWith(new Ref(MATCHES, 3, 0), new Ref(MATCHES, 2, 0));
    }

    private void supplyOutcomesAndBudget() {
        // available support families per waiting family
        hiddenWith(new Ref(SUPPLY, 3, 0), new Ref(SUPPLY, 0, 0));
        hiddenWith(new Ref(SUPPLY, 3, 0), new Ref(SUPPLY, 2, 0));
        // outcome averages over the families measured
        for (int row = 0; row < labels(OUTCOMES).size(); row++) {
            for (int column = 1; column < 4; column++) {
                hiddenWith(new Ref(OUTCOMES, row, column), new Ref(OUTCOMES, row, 0));
            }
        }
        // money spent per started match: spent divided by it gives the count back (without a budget there is none)
        if (exists(new Ref(BUDGET, 4, 0)) && cell(new Ref(BUDGET, 4, 0)) instanceof Figure.Money) {
            hiddenWith(new Ref(BUDGET, 4, 0), new Ref(MATCHES, 0, 0));
        }
    }

    /** The key of the trend table the report holds: the quarters, or the coarser one that replaced them. */
    String trendKey() {
        for (TrendTables.Level level : TrendTables.Level.values()) {
            if (find(level.key).isPresent()) {
                return level.key;
            }
        }
        return MonitoringTables.QUARTERS;
    }

    /** The trend's period figure: its total row, or its one row over the whole period (which has no total). */
    Ref trendTotal(String key, int column) {
        return find(key).filter(t -> t.total() == null).isPresent() ? new Ref(key, 0, column) : Ref.total(key, column);
    }

    List<String> labels(String table) {
        return find(table)
                .map(t -> t.rows().stream().map(FigureRow::label).toList())
                .orElse(List.of());
    }

    /** The cell of the row with this label, or {@code null}; column -1 stands for "each column" (see callers). */
    Ref ref(String table, String label, int column) {
        int row = labels(table).indexOf(label);
        return row < 0 ? null : new Ref(table, row, Math.max(column, 0));
    }

    void same(Ref one, Ref other) {
        if (exists(one) && exists(other)) {
            all.add(Link.same(one, other));
        }
    }

    /** The same count when the two agree (closings without a reason are not in the reasons' total). */
    void sameIfEqual(Ref one, Ref other) {
        if (exists(one) && exists(other) && cell(one).equals(cell(other))) {
            all.add(Link.same(one, other));
        }
    }

    void hiddenWith(Ref figure, Ref count) {
        if (exists(figure) && exists(count)) {
            all.add(Link.hiddenWith(figure, count));
        }
    }

    /** Column k of {@code figures}' row is hidden with column {@code countColumns[k]} of {@code counts}' row. */
    void hiddenWith(Ref figures, Ref counts, int[] countColumns) {
        if (figures == null || counts == null) {
            return;
        }
        for (int k = 0; k < countColumns.length; k++) {
            hiddenWith(
                    new Ref(figures.table(), figures.row(), k), new Ref(counts.table(), counts.row(), countColumns[k]));
        }
    }

    boolean exists(Ref ref) {
        if (ref == null) {
            return false;
        }
        return find(ref.table())
                .filter(t -> ref.row() == Ref.TOTAL
                        ? t.total() != null
                        : ref.row() < t.rows().size())
                .filter(t -> ref.column() < t.columns().size())
                .isPresent();
    }

    Figure cell(Ref ref) {
        FigureTable table = find(ref.table()).orElseThrow();
        FigureRow row = ref.row() == Ref.TOTAL ? table.total() : table.rows().get(ref.row());
        return row.cells().get(ref.column());
    }

    private Optional<FigureTable> find(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst();
    }
}
