package nl.naober.monitoring.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import nl.naober.monitoring.MonitoringReport;
import nl.naober.monitoring.MonitoringTables;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureRow;
import nl.naober.monitoring.report.FigureTable;

/**
 * The report's charts for the PDF, where no script runs: horizontal bars drawn by the template from widths computed
 * here, from the report's tables as shown. A hidden figure gets no bar (never a bar of 0) but a dashed box with its
 * text ("&lt; 5"), so that a reader sees that it is hidden and a screen reader reads the same words as the table.
 */
public record PdfCharts(List<Chart> charts) {

    /** One bar: its row, its series (column), its Dutch text, its width in percent of the largest, or hidden. */
    public record Bar(String label, String series, String text, int percent, boolean hidden) {}

    /** One chart: its title, a sentence of what it shows, and its bars in reading order. */
    public record Chart(String title, String description, List<Bar> bars) {}

    public static PdfCharts of(MonitoringReport report) {
        List<Chart> charts = new ArrayList<>();
        report.table(MonitoringTables.REGISTRATIONS)
                .filter(t -> !t.rows().isEmpty())
                .ifPresent(t -> charts.add(chart(t, "Aanmeldingen van gezinnen per maand", new int[] {0})));
        for (String key : List.of(
                MonitoringTables.QUARTERS,
                MonitoringTables.HALF_YEARS,
                MonitoringTables.YEARS,
                MonitoringTables.WHOLE_PERIOD)) {
            report.table(key)
                    .filter(t -> !t.rows().isEmpty())
                    .ifPresent(t -> charts.add(chart(
                            t, t.title().replace("Trend", "Gestarte en afgesloten koppelingen"), new int[] {1, 4})));
        }
        report.table(MonitoringTables.CLOSINGS)
                .filter(t -> !t.rows().isEmpty())
                .ifPresent(t -> charts.add(chart(t, "Afsluitredenen", new int[] {0})));
        return new PdfCharts(charts);
    }

    private static Chart chart(FigureTable table, String title, int[] columns) {
        BigDecimal max = BigDecimal.ONE;
        for (FigureRow row : table.rows()) {
            for (int column : columns) {
                if (row.cells().get(column) instanceof Figure.Count count) {
                    max = max.max(BigDecimal.valueOf(count.value()));
                }
            }
        }
        List<Bar> bars = new ArrayList<>();
        int hidden = 0;
        for (FigureRow row : table.rows()) {
            for (int column : columns) {
                Figure cell = row.cells().get(column);
                boolean isHidden = cell instanceof Figure.Suppressed;
                hidden += isHidden ? 1 : 0;
                int percent = cell instanceof Figure.Count count
                        ? BigDecimal.valueOf(100L * count.value())
                                .divide(max, 0, RoundingMode.HALF_EVEN)
                                .intValue()
                        : 0;
                bars.add(new Bar(row.label(), table.columns().get(column), cell.text(), percent, isHidden));
            }
        }
        String description = "Staafdiagram van " + title.toLowerCase(java.util.Locale.ROOT) + "; de cijfers staan ook"
                + " in de tabel '" + table.title() + "'."
                + (hidden == 0 ? "" : " Een gestreept vak is een verborgen cijfer, niet 0.");
        return new Chart(title, description, bars);
    }
}
