package nl.naober.monitoring.screens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.naober.monitoring.MonitoringReport;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureRow;
import nl.naober.monitoring.report.FigureTable;

/**
 * The charts of a report, each drawn by {@code monitoring-charts.js} from the accessible table below it: which
 * columns and rows it shows, how, and a sentence that sums it up for a screen reader (the canvas's label). The
 * numbers come from the table's machine values. A hidden cell ("&lt; 5", "verborgen") is never drawn as 0 nor as its
 * real value: it has no bar and leaves a gap in a line, and a hatched column labelled with the cell's text stands in
 * its place; the chart's description and {@link ChartView#hiddenNote} say so in words.
 */
final class Charts {

    static final String REGISTRATIONS = "aanmeldingen-per-maand";
    static final String QUARTERS = "trend-per-kwartaal";
    /** The quarterly trend, or the coarser breakdown that replaced it in a report where it was mostly hidden. */
    static final List<String> TRENDS = List.of(QUARTERS, "trend-per-halfjaar", "trend-per-jaar", "trend-hele-periode");

    static final String CLOSINGS = "afsluitredenen";
    static final String BUDGET = "budget";

    private static final String MORE = " De cijfers staan in de tabel hieronder.";

    /**
     * @param type the Chart.js type: {@code bar} or {@code line}
     * @param columns the table's figure columns to draw (0-based), comma-separated
     * @param rows the body rows to draw (0-based), comma-separated; empty: all
     * @param money whether the values are euros
     * @param description what the chart shows, in words (the canvas's {@code aria-label})
     * @param hiddenNote the sentence under the chart when some of its figures are hidden, else {@code null}
     */
    record ChartView(
            String tableKey,
            String type,
            String caption,
            String columns,
            String rows,
            boolean money,
            String description,
            String hiddenNote) {

        ChartView(
                String tableKey,
                String type,
                String caption,
                String columns,
                String rows,
                boolean money,
                String description) {
            this(tableKey, type, caption, columns, rows, money, description, null);
        }

        /** The same chart, with what its hidden figures mean added to its description and under it. */
        ChartView hiding(int hidden) {
            if (hidden == 0) {
                return this;
            }
            String note = (hidden == 1 ? "1 cijfer is" : hidden + " cijfers zijn")
                    + " verborgen: gearceerd, met \"< 5\" of \"verborgen\" erbij. Dat betekent niet 0.";
            return new ChartView(tableKey, type, caption, columns, rows, money, description + " " + note, note);
        }
    }

    private Charts() {}

    /** The charts by table key; a table without rows gets none. */
    static Map<String, ChartView> of(MonitoringReport report) {
        Map<String, ChartView> charts = new LinkedHashMap<>();
        report.table(REGISTRATIONS)
                .filter(t -> !t.rows().isEmpty())
                .ifPresent(t -> charts.put(t.key(), registrations(t)));
        for (String trend : TRENDS) {
            report.table(trend).filter(t -> !t.rows().isEmpty()).ifPresent(t -> charts.put(t.key(), quarters(t)));
        }
        report.table(CLOSINGS).filter(t -> !t.rows().isEmpty()).ifPresent(t -> charts.put(t.key(), closings(t)));
        report.table(BUDGET)
                .filter(t -> t.rows().size() >= 4)
                .filter(t -> t.rows().get(0).cells().get(0) instanceof Figure.Money)
                .ifPresent(t -> charts.put(t.key(), budget(t)));
        charts.replaceAll(
                (key, chart) -> chart.hiding(hiddenIn(report.table(key).orElseThrow(), chart)));
        return charts;
    }

    /** How many of the cells a chart draws are hidden. */
    private static int hiddenIn(FigureTable table, ChartView chart) {
        List<Integer> columns = indices(chart.columns(), table.columns().size());
        List<Integer> rows = indices(chart.rows(), table.rows().size());
        int hidden = 0;
        for (int row : rows) {
            for (int column : columns) {
                if (table.rows().get(row).cells().get(column) instanceof Figure.Suppressed) {
                    hidden++;
                }
            }
        }
        return hidden;
    }

    private static List<Integer> indices(String list, int count) {
        if (list.isEmpty()) {
            return java.util.stream.IntStream.range(0, count).boxed().toList();
        }
        return java.util.Arrays.stream(list.split(","))
                .map(Integer::parseInt)
                .filter(i -> i < count)
                .toList();
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
                table.rows().size() > 2 ? "line" : "bar",
                table.title().replace("Trend", "Gestarte en afgesloten koppelingen"),
                started + "," + closed,
                "",
                false,
                (table.rows().size() > 2 ? "Lijndiagram" : "Staafdiagram")
                        + " van het aantal gestarte koppelingen en het aantal afgesloten koppelingen, "
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
