package nl.naober.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which budget lines count for a monitoring period, and as of which day: every line whose budget period overlaps the
 * monitoring period (both inclusive), summed up as of the report's end day, or as of the line's first day when the
 * report ends before the line begins.
 *
 * <p><b>At most {@value #MAX_BUDGET_LINES} lines.</b> Only the first {@value #MAX_BUDGET_LINES} lines the catalog
 * lists for the municipality are looked at (one page, in the catalog's unsorted order); a municipality with more
 * lines gets a report without the others: no error, no warning. No municipality comes near it (a line is a funding
 * decision, a few a year); the limit keeps one report from reading an unbounded list. See
 * docs/issue18/reporting.md.
 */
final class OverlappingBudgetLines {

    /** The most budget lines of one municipality a report reads; lines beyond it are left out, see above. */
    static final int MAX_BUDGET_LINES = 100;

    private final MonitoringBudgets budgets;

    OverlappingBudgetLines(MonitoringBudgets budgets) {
        this.budgets = budgets;
    }

    /** The lines whose budget period overlaps the monitoring period, summed up as of the report's end. */
    List<MonitoringBudgets.Totals> totals(String municipalityCode, MonitoringPeriod period, LocalDate end) {
        List<MonitoringBudgets.Totals> lines = new ArrayList<>();
        for (MonitoringBudgets.Line line : budgets.lines(municipalityCode, MAX_BUDGET_LINES)) {
            if (overlaps(line, period)) {
                LocalDate asOf = end.isBefore(line.periodStart()) ? line.periodStart() : end;
                lines.add(budgets.totals(municipalityCode, line.id(), asOf));
            }
        }
        return lines;
    }

    static boolean overlaps(MonitoringBudgets.Line line, MonitoringPeriod period) {
        return !line.periodEnd().isBefore(period.from()) && !line.periodStart().isAfter(period.to());
    }
}
