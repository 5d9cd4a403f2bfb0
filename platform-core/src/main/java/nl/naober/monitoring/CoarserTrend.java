package nl.naober.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.naober.monitoring.report.FigureTable;

/**
 * Which table of a report is a coarser trend (per half-year, per year, over the whole period) that replaced the
 * quarterly trend because that was mostly hidden; see {@code MunicipalityMonitoring}. For the sentence above it.
 */
public final class CoarserTrend {

    private CoarserTrend() {}

    /** Table key → the words for its breakdown ("de cijfers per halfjaar"); empty when the quarters are shown. */
    public static Map<String, String> of(MonitoringReport report) {
        Map<String, String> coarser = new LinkedHashMap<>();
        for (FigureTable table : report.tables()) {
            MonitoringTables.coarserPhrase(table.key()).ifPresent(phrase -> coarser.put(table.key(), phrase));
        }
        return coarser;
    }
}
