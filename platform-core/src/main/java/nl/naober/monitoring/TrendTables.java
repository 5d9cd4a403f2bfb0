package nl.naober.monitoring;

import static nl.naober.monitoring.Cells.count;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.naober.monitoring.report.FigureRow;
import nl.naober.monitoring.report.FigureTable;
import nl.naober.monitoring.report.Suppression;

/**
 * The trend of a report: registrations, matches started, trials continued and ended and closings per quarter, or
 * added up per half-year, year or over the whole period when the quarters are mostly hidden; and the month sums that
 * tell suppression which months a trend row adds up.
 */
final class TrendTables {

    private static final List<String> COLUMNS =
            List.of("Aanmeldingen", "Gestart", "Voortgezet", "Beëindigd", "Afgesloten");

    /**
     * The breakdowns of the trend, finest first. The coarser ones are offered instead of the quarters when those are
     * mostly hidden ({@link MonitoringTables#mostlyHidden}). A coarser table replaces the quarters in the report
     * (never beside them, so that the two cannot be subtracted from each other) and is suppressed with the whole
     * report by the same rules.
     */
    enum Level {
        QUARTER(MonitoringTables.QUARTERS, "Trend per kwartaal", null),
        HALF_YEAR(MonitoringTables.HALF_YEARS, "Trend per halfjaar", "de cijfers per halfjaar"),
        YEAR(MonitoringTables.YEARS, "Trend per jaar", "de cijfers per jaar"),
        WHOLE(MonitoringTables.WHOLE_PERIOD, "Trend over de hele periode", "de cijfers over de hele periode");

        /** The breakdowns that may replace the quarters, coarsest last. */
        static final List<Level> COARSER = List.of(HALF_YEAR, YEAR, WHOLE);

        final String key;
        final String title;
        /** The words for the sentence above a coarser table; none for the quarters, which need no sentence. */
        final String phrase;

        Level(String key, String title, String phrase) {
            this.key = key;
            this.title = title;
            this.phrase = phrase;
        }

        String label(int year, int quarter) {
            return switch (this) {
                case QUARTER -> "K" + quarter + " " + year;
                case HALF_YEAR -> (quarter <= 2 ? "1e" : "2e") + " halfjaar " + year;
                case YEAR -> Integer.toString(year);
                case WHOLE -> "Hele periode";
            };
        }
    }

    private TrendTables() {}

    /**
     * The quarterly trend, or the quarters added up per half-year, year or over the whole period, with the same
     * columns; the whole period is one row without a total (it is its own total). The total row of the others adds
     * up to the period's figures shown elsewhere: a stated sum, so that it is protected.
     */
    static FigureTable trend(CaseFigures figures, Level level) {
        Map<String, int[]> groups = new LinkedHashMap<>();
        int[] totals = new int[5];
        for (QuarterTrend q : figures.quarters()) {
            int[] sums = groups.computeIfAbsent(level.label(q.year(), q.quarter()), label -> new int[5]);
            int[] values = {q.registrations(), q.matchesStarted(), q.trialsContinued(), q.trialsEnded(), q.closings()};
            for (int c = 0; c < 5; c++) {
                sums[c] += values[c];
                totals[c] += values[c];
            }
        }
        List<FigureRow> rows = new ArrayList<>();
        groups.forEach((label, sums) -> rows.add(row(label, sums)));
        boolean whole = level == Level.WHOLE;
        return new FigureTable(
                level.key,
                level.title,
                COLUMNS,
                whole ? List.of(row(level.label(0, 0), totals)) : rows,
                whole ? null : row("Totaal", totals));
    }

    private static FigureRow row(String label, int[] values) {
        return FigureRow.of(
                label, count(values[0]), count(values[1]), count(values[2]), count(values[3]), count(values[4]));
    }

    /**
     * Never shown: for each row of the trend table (quarters or coarser), the months whose registrations that row
     * adds up, as a table whose total is the row's registrations. The monthly table and the trend table state these
     * sums without saying so (a quarter is its three months); declared, {@link Suppression} keeps a hidden month from
     * coming back as a quarter or half-year minus the months beside it: the row's registrations are hidden with it.
     */
    static List<FigureTable> monthSums(CaseFigures figures, FigureTable trend) {
        Map<String, List<FigureRow>> months = new LinkedHashMap<>();
        Map<String, Integer> sums = new HashMap<>();
        for (MonthlyRegistrations month : figures.registrationsPerMonth()) {
            String group = groupOf(trend.key(), month.month());
            months.computeIfAbsent(group, g -> new ArrayList<>())
                    .add(FigureRow.of(month.month().format(Cells.MONTH), count(month.families())));
            sums.merge(group, month.families(), Integer::sum);
        }
        List<FigureTable> tables = new ArrayList<>();
        for (int i = 0; i < trend.rows().size(); i++) {
            FigureRow row = trend.rows().get(i);
            List<FigureRow> rows = months.get(row.label());
            // declared only where the two agree, as a link between equal counts must
            if (rows != null && row.cells().get(0).equals(count(sums.get(row.label())))) {
                tables.add(new FigureTable(
                        MonitoringTables.MONTH_SUMS + i,
                        row.label(),
                        List.of("Gezinnen"),
                        rows,
                        FigureRow.of("Totaal", row.cells().get(0))));
            }
        }
        return tables;
    }

    /** The trend row a month belongs to, by the trend table's labels. */
    private static String groupOf(String trendKey, YearMonth month) {
        int quarter = (month.getMonthValue() - 1) / 3 + 1;
        return Arrays.stream(Level.values())
                .filter(level -> level.key.equals(trendKey))
                .findFirst()
                .map(level -> level.label(month.getYear(), quarter))
                .orElse("");
    }
}
