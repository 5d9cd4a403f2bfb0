package nl.naober.api.web.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.naober.api.monitoring.MonitoringReport;
import nl.naober.core.monitoring.report.FigureRow;
import nl.naober.core.monitoring.report.FigureTable;

/**
 * The charts of a report, each drawn by {@code monitoring-charts.js} from the accessible table below it: which
 * columns and rows it shows, how, and a sentence that sums it up for a screen reader (the canvas's label). The
 * numbers come from the table's machine values; a hidden ("&lt; 5") cell is drawn as 0, never as its real value.
 */
final class Charts {

    static final String REGISTRATIONS = "aanmeldingen-per-maand";
    static final String QUARTERS = "trend-per-kwartaal";
    static final String CLOSINGS = "afsluitredenen";
    static final String BUDGET = "budget";

    private static final String MORE = " De cijfers staan in de tabel hieronder.";

    /**
     * @param type the Chart.js type: {@code bar} or {@code line}
     * @param columns the table's figure columns to draw (0-based), comma-separated
     * @param rows the body rows to draw (0-based), comma-separated; empty: all
     * @param money whether the values are euros
     * @param description what the chart shows, in words (the canvas's {@code aria-label})
     */
    record ChartView(
            String tableKey,
            String type,
            String caption,
            String columns,
            String rows,
            boolean money,
            String description) {}

    private Charts() {}

    /** The charts by table key; a table without rows gets none. */
    static Map<String, ChartView> of(MonitoringReport report) {
        Map<String, ChartView> charts = new LinkedHashMap<>();
        report.table(REGISTRATIONS)
                .filter(t -> !t.rows().isEmpty())
                .ifPresent(t -> charts.put(t.key(), registrations(t)));
        report.table(QUARTERS).filter(t -> !t.rows().isEmpty()).ifPresent(t -> charts.put(t.key(), quarters(t)));
        report.table(CLOSINGS).filter(t -> !t.rows().isEmpty()).ifPresent(t -> charts.put(t.key(), closings(t)));
        report.table(BUDGET).filter(t -> t.rows().size() >= 4).ifPresent(t -> charts.put(t.key(), budget(t)));
        return charts;
    }

    private static ChartView registrations(FigureTable table) {
        String range = range(table);
        String totals = table.totalRow()
                .map(total -> " In totaal " + total.cells().get(0).text() + " gezinnen en "
                        + total.cells().get(1).text() + " steungezinnen.")
                .orElse("");
        return new ChartView(
                table.key(),
                "bar",
                "Aanmeldingen per maand",
                "0,1",
                "",
                false,
                "Staafdiagram van de aanmeldingen van gezinnen en steungezinnen per maand, " + range + "." + totals
                        + MORE);
    }

    private static ChartView quarters(FigureTable table) {
        int started = column(table, "Gestart", 1);
        int closed = column(table, "Afgesloten", table.columns().size() - 1);
        return new ChartView(
                table.key(),
                "line",
                "Gestarte en afgesloten koppelingen per kwartaal",
                started + "," + closed,
                "",
                false,
                "Lijndiagram van het aantal gestarte koppelingen en het aantal afgesloten koppelingen per kwartaal, "
                        + range(table) + "." + MORE);
    }

    private static ChartView closings(FigureTable table) {
        String parts = table.rows().stream()
                .map(row -> row.label() + " " + row.cells().get(0).text())
                .collect(Collectors.joining(", "));
        String total = table.totalRow()
                .map(row -> " In totaal " + row.cells().get(0).text() + ".")
                .orElse("");
        return new ChartView(
                table.key(),
                "bar",
                "Afsluitredenen",
                "0",
                "",
                false,
                "Staafdiagram van het aantal afgesloten koppelingen per reden: " + parts + "." + total + MORE);
    }

    /** Allocated, spent, remaining and expected at the end: the first four rows of the budget table. */
    private static ChartView budget(FigureTable table) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            FigureRow row = table.rows().get(i);
            parts.add(row.label().toLowerCase(java.util.Locale.ROOT) + " "
                    + row.cells().get(0).text());
        }
        return new ChartView(
                table.key(),
                "bar",
                "Budget: toegekend, uitgegeven, resterend en verwacht",
                "0",
                "0,1,2,3",
                true,
                "Staafdiagram van het budget: " + String.join(", ", parts) + "." + MORE);
    }

    private static String range(FigureTable table) {
        List<FigureRow> rows = table.rows();
        String first = rows.get(0).label();
        String last = rows.get(rows.size() - 1).label();
        return first.equals(last) ? first : "van " + first + " tot en met " + last;
    }

    private static int column(FigureTable table, String header, int fallback) {
        int index = table.columns().indexOf(header);
        return index >= 0 ? index : fallback;
    }
}
