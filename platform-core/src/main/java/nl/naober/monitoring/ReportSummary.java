package nl.naober.monitoring;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureTable;

/**
 * The few lines at the top of a report that answer a policy officer's two questions: what did the money buy, and what
 * does it prevent. Read from the report's tables <em>as shown</em>, so every figure is the table's own cell, hidden
 * where the table hides it ("&lt; 5", "verborgen"); nothing here is computed from unsuppressed data.
 *
 * <p>The lines, each defined once here (docs/screens/monitoring.md says the same):
 *
 * <ul>
 *   <li><b>Periode</b>: the report's first and last day.
 *   <li><b>Wat het geld kocht</b>: matches started in the period (trial begun; table "Koppelingen") and day-parts of
 *       support delivered in the period (table "Geleverde dagdelen steun").
 *   <li><b>Kosten</b>: spent and allocated over the budget lines that overlap the period, and the money spent per
 *       started match (spent ÷ matches started, rounded once to the cent, half-up; hidden when the matches started are);
 *       "geen budget ingevoerd" when no budget line overlaps the period.
 *   <li><b>Wat het voorkomt</b>: the three NJi/CBS indicators of the table "Indicatoren" as shown.
 *   <li><b>Indicatief vermeden jeugdzorgkosten</b>: the amount with its assumptions, see
 *       {@link nl.naober.monitoring.report.CostAvoided}; hidden when the matches closed are.
 *   <li><b>Budget</b>: allocated minus the forecast spend at the end of the budget period (both summed over the
 *       overlapping lines, exact to the cent): "verwacht over" when it is 0 or more, "verwacht tekort" when less.
 * </ul>
 *
 * @param lines the lines in order, each a short term and its Dutch text
 */
public record ReportSummary(List<Line> lines) {

    private static final DateTimeFormatter LONG =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    /** One line of the summary: its term ("Wat het geld kocht") and its text. */
    public record Line(String term, String text) {}

    public ReportSummary {
        lines = List.copyOf(lines);
    }

    public static ReportSummary of(MonitoringReport report) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Periode", LONG.format(report.from()) + " t/m " + LONG.format(report.to())));
        lines.add(new Line(
                "Wat het geld kocht",
                text(report, MonitoringTables.MATCHES, 0) + " koppelingen gestart en "
                        + text(report, MonitoringTables.DAY_PARTS, 0) + " dagdelen steun geleverd"));
        Optional<Figure> allocated = cell(report, MonitoringTables.BUDGET, 0);
        boolean budget = allocated.filter(Figure.Money.class::isInstance).isPresent();
        lines.add(new Line(
                "Kosten",
                budget
                        ? text(report, MonitoringTables.BUDGET, 1) + " uitgegeven van "
                                + text(report, MonitoringTables.BUDGET, 0) + "; "
                                + text(report, MonitoringTables.BUDGET, 4) + " per gestarte koppeling"
                        : Figure.Empty.NO_BUDGET));
        lines.add(new Line(
                "Wat het voorkomt (NJi-indicatoren)",
                "uitval " + text(report, MonitoringTables.INDICATORS, 0) + "; doel bereikt zonder verdere hulp "
                        + text(report, MonitoringTables.INDICATORS, 1)
                        + "; geen nieuwe jeugdhulp binnen 12 maanden "
                        + text(report, MonitoringTables.INDICATORS, 2)));
        lines.add(new Line(
                "Indicatief vermeden jeugdzorgkosten", report.costAvoided().text()));
        lines.add(new Line("Budget", budget ? state(report) : Figure.Empty.NO_BUDGET));
        return new ReportSummary(lines);
    }

    /** "verwacht over: € …" or "verwacht tekort: € …" at the end of the budget period. */
    private static String state(MonitoringReport report) {
        BigDecimal allocated = money(report, 0);
        BigDecimal forecast = money(report, 3);
        if (allocated == null || forecast == null) {
            return Figure.Empty.NO_BUDGET;
        }
        BigDecimal left = allocated.subtract(forecast);
        String amount = new Figure.Money(left.abs()).text();
        return (left.signum() >= 0 ? "verwacht over: " : "verwacht tekort: ") + amount
                + " aan het eind van de budgetperiode (verwacht uitgegeven " + new Figure.Money(forecast).text()
                + " van " + new Figure.Money(allocated).text() + ")";
    }

    private static BigDecimal money(MonitoringReport report, int row) {
        return cell(report, MonitoringTables.BUDGET, row)
                .filter(Figure.Money.class::isInstance)
                .map(f -> ((Figure.Money) f).euros())
                .orElse(null);
    }

    private static String text(MonitoringReport report, String table, int row) {
        return cell(report, table, row).map(Figure::text).orElse("–");
    }

    private static Optional<Figure> cell(MonitoringReport report, String table, int row) {
        return report.table(table)
                .map(FigureTable::rows)
                .filter(rows -> rows.size() > row)
                .map(rows -> rows.get(row).cells().get(0));
    }
}
