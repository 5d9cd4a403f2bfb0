package nl.naober.monitoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureTable;
import nl.naober.monitoring.report.Suppression;

/** A municipality's tables as they may be published: suppressed, with a coarser trend where the quarters would hide. */
final class PublishedTables {

    private PublishedTables() {}

    /**
     * The report suppressed; when its quarterly trend is mostly hidden, with the first coarser trend (half-year, year,
     * whole period) that has fewer rows and is not, in its place. The coarser table replaces the quarters rather than
     * standing beside them, so no hidden quarter is a coarser row minus shown quarters; and the report with it is
     * suppressed as a whole again, by the same rules, so its other tables hide what the coarser one would reveal.
     * Which breakdown is chosen depends only on the suppressed quarterly table, which the report could show anyway.
     */
    static List<FigureTable> of(Suppression suppression, CaseFigures figures, List<FigureTable> all) {
        List<FigureTable> shown = suppress(suppression, figures, all);
        FigureTable quarters = find(shown, MonitoringTables.QUARTERS);
        if (quarters == null || !MonitoringTables.mostlyHidden(quarters)) {
            return shown;
        }
        int rows = quarters.rows().size();
        for (TrendTables.Level level : TrendTables.Level.COARSER) {
            FigureTable coarser = TrendTables.trend(figures, level);
            if (coarser.rows().size() >= rows) {
                continue;
            }
            List<FigureTable> candidate = all.stream()
                    .map(t -> t.key().equals(MonitoringTables.QUARTERS) ? coarser : t)
                    .toList();
            List<FigureTable> suppressed = suppress(suppression, figures, candidate);
            if (!MonitoringTables.mostlyHidden(find(suppressed, coarser.key()))) {
                return suppressed;
            }
        }
        return shown;
    }

    /** The tables suppressed together with the month sums of their trend table, which are then left out. */
    private static List<FigureTable> suppress(Suppression suppression, CaseFigures figures, List<FigureTable> tables) {
        List<FigureTable> withSums = new ArrayList<>(tables);
        Set<String> timeSeries = new HashSet<>(MonitoringTables.TIME_SERIES);
        tables.stream()
                .filter(t -> MonitoringTables.TIME_SERIES.contains(t.key())
                        && !t.key().equals(MonitoringTables.REGISTRATIONS))
                .findFirst()
                .ifPresent(trend -> TrendTables.monthSums(figures, trend).forEach(sums -> {
                    withSums.add(sums);
                    timeSeries.add(sums.key());
                }));
        List<FigureTable> shown = suppression.apply(withSums, ReportLinks.of(withSums), timeSeries);
        return List.copyOf(shown.subList(0, tables.size()));
    }

    private static FigureTable find(List<FigureTable> tables, String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }

    /** Whether the table "Koppelingen" hides the matches closed (its sixth row). */
    static boolean closingsHidden(List<FigureTable> shown) {
        return shown.stream()
                .filter(t -> t.key().equals(MonitoringTables.MATCHES))
                .anyMatch(t -> t.rows().get(5).cells().get(0) instanceof Figure.Suppressed);
    }
}
