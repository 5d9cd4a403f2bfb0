package nl.naober.monitoring;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureRow;
import nl.naober.monitoring.report.FigureTable;
import nl.naober.monitoring.report.Suppression;

/**
 * The tables of a municipality's monitoring report, by key: what screens, CSV, PDF and the summary look up. The
 * tables are built by {@link CaseTables} (case figures), {@link ResultTables} (outcomes, indicators, budget) and
 * {@link TrendTables} (quarters or coarser), before suppression; {@link ReportLinks} says how they hang together.
 */
public final class MonitoringTables {

    public static final String REGISTRATIONS = "aanmeldingen-per-maand";
    public static final String FUNNEL = "instroom-per-bron";
    public static final String STEP_DAYS = "doorlooptijden";
    public static final String SUPPLY = "aanbod-en-vraag";
    public static final String WAITING = "wachttijd";
    public static final String MATCHES = "koppelingen";
    public static final String CLOSINGS = "afsluitredenen";
    public static final String DAY_PARTS = "dagdelen";
    public static final String OUTCOMES = "uitkomsten";
    public static final String INDICATORS = "indicatoren";
    public static final String ESCALATIONS = "escalaties";
    public static final String REASONS = "aanmeldredenen";
    public static final String SOURCES = "aanmeldbronnen";
    public static final String QUARTERS = "trend-per-kwartaal";
    public static final String BUDGET = "budget";
    public static final String HALF_YEARS = "trend-per-halfjaar";
    public static final String YEARS = "trend-per-jaar";
    public static final String WHOLE_PERIOD = "trend-hele-periode";
    /** The tables whose rows are months, quarters or coarser stretches of time: see {@link Suppression}, rule 5. */
    static final Set<String> TIME_SERIES = Set.of(REGISTRATIONS, QUARTERS, HALF_YEARS, YEARS, WHOLE_PERIOD);

    /** The key prefix of the month sums ({@link TrendTables#monthSums}), which suppression reads and no report shows. */
    static final String MONTH_SUMS = "maanden-in-trendrij-";

    /** The labels of the budget table's rows, in order (the links and the summary find them by index). */
    static final List<String> BUDGET_ROWS = List.of(
            "Toegekend budget",
            "Uitgegeven",
            "Resterend",
            "Verwacht aan het eind van de budgetperiode",
            "Kosten per gestarte koppeling",
            "Kosten per koppelingsmaand",
            "Kosten per geleverd dagdeel");

    private MonitoringTables() {}

    /** The words for a coarser trend table ("de cijfers per halfjaar"), or empty for any other table. */
    static Optional<String> coarserPhrase(String key) {
        return Arrays.stream(TrendTables.Level.values())
                .filter(level -> level.key.equals(key) && level.phrase != null)
                .map(level -> level.phrase)
                .findFirst();
    }

    /**
     * Whether more than half of a table's non-zero cells (the total row aside) are hidden: a table of mostly "< 5"
     * tells a reader little.
     */
    static boolean mostlyHidden(FigureTable shown) {
        int hidden = 0;
        int nonZero = 0;
        for (FigureRow row : shown.rows()) {
            for (Figure cell : row.cells()) {
                if (cell instanceof Figure.Suppressed) {
                    hidden++;
                    nonZero++;
                } else if (cell instanceof Figure.Count count && count.value() > 0) {
                    nonZero++;
                }
            }
        }
        return hidden * 2 > nonZero;
    }
}
