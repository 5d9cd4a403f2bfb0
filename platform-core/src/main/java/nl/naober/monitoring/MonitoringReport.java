package nl.naober.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.naober.monitoring.report.CostAvoidedReport;
import nl.naober.monitoring.report.FigureTable;

/**
 * What a municipality's money buys, for a period, as policy officers, coordinators and the network see it: every
 * table already suppressed (counts under the threshold read "&lt; 5"), never a name, address, date of birth or note.
 *
 * @param asOf the day the figures were computed for; for a closed evaluation period, the day it was closed
 * @param costAvoided the indicative youth-care cost avoided, with its assumptions: never a fact
 * @param internal present only on the coordinator's own report, which is exact (nothing suppressed) and for
 *     internal use: "intern — niet publiceren"; null on every report that may be published (the policy officer's,
 *     the network's, every export and every frozen evaluation report)
 */
public record MonitoringReport(
        String municipalityCode,
        String municipalityName,
        String title,
        LocalDate from,
        LocalDate to,
        LocalDate asOf,
        int suppressionThreshold,
        String suppressionLegend,
        List<FigureTable> tables,
        CostAvoidedReport costAvoided,
        Internal internal) {

    /** The words that mark an exact report wherever it is shown. */
    public static final String INTERNAL_MARK = "intern — niet publiceren";

    /**
     * The mark of an exact report for the coordinator: no cell is suppressed, so it must not leave the organisation.
     *
     * @param exact always true: every count as counted, also those under the threshold
     * @param mark {@value MonitoringReport#INTERNAL_MARK}
     */
    public record Internal(boolean exact, String mark, String explanation) {

        static Internal coordinators() {
            return new Internal(
                    true,
                    INTERNAL_MARK,
                    "Exacte cijfers voor de coördinatoren van de gemeente: ook aantallen onder de drempel staan erin."
                            + " Deel ze niet buiten de organisatie; de downloads (CSV, PDF) en de rapporten voor de"
                            + " beleidsmedewerker blijven afgeschermd.");
        }
    }

    public MonitoringReport {
        tables = List.copyOf(tables);
    }

    public Optional<FigureTable> table(String key) {
        return tables.stream().filter(table -> table.key().equals(key)).findFirst();
    }
}
