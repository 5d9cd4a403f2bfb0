package nl.naober.api.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.naober.core.monitoring.report.CostAvoidedReport;
import nl.naober.core.monitoring.report.FigureTable;

/**
 * What a municipality's money buys, for a period, as policy officers, coordinators and the network see it: every
 * table already suppressed (counts under the threshold read "&lt; 5"), never a name, address, date of birth or note.
 *
 * @param asOf the day the figures were computed for; for a closed evaluation period, the day it was closed
 * @param costAvoided the indicative youth-care cost avoided, with its assumptions: never a fact
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
        CostAvoidedReport costAvoided) {

    public MonitoringReport {
        tables = List.copyOf(tables);
    }

    public Optional<FigureTable> table(String key) {
        return tables.stream().filter(table -> table.key().equals(key)).findFirst();
    }
}
