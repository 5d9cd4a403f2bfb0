package nl.naober.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The budget lines that overlap the monitoring period, added up as of the report's end, and what they buy: the
 * money spent per started match, per match-month and per day-part delivered in the period. Exact to the cent.
 *
 * @param entered whether any budget line overlaps the period; without one every amount is "geen budget ingevoerd"
 *     rather than € 0,00
 * @param perMatch {@code null} when no match started
 */
record BudgetFigures(
        boolean entered,
        BigDecimal allocated,
        BigDecimal spent,
        BigDecimal remaining,
        BigDecimal forecast,
        BigDecimal perMatch,
        BigDecimal perMatchMonth,
        BigDecimal perDayPart) {

    static BudgetFigures of(List<MonitoringBudgets.Totals> lines, CaseFigures cases) {
        BigDecimal allocated = sum(lines, MonitoringBudgets.Totals::amount);
        BigDecimal spent = sum(lines, MonitoringBudgets.Totals::spent);
        return new BudgetFigures(
                !lines.isEmpty(),
                allocated,
                spent,
                sum(lines, MonitoringBudgets.Totals::remaining),
                sum(lines, MonitoringBudgets.Totals::forecastAtPeriodEnd),
                per(spent, BigDecimal.valueOf(cases.matches().started())),
                per(spent, cases.dayParts().matchMonths()),
                per(spent, cases.dayParts().total()));
    }

    private static BigDecimal sum(
            List<MonitoringBudgets.Totals> lines, java.util.function.Function<MonitoringBudgets.Totals, BigDecimal> f) {
        return lines.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal per(BigDecimal spent, BigDecimal units) {
        return units == null || units.signum() == 0 ? null : spent.divide(units, 2, RoundingMode.HALF_UP);
    }
}
