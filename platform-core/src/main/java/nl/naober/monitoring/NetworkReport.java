package nl.naober.monitoring;

import java.time.LocalDate;
import java.util.List;
import nl.naober.monitoring.report.FigureTable;

/**
 * A network's municipalities side by side and network-wide, suppressed with the strictest threshold among them.
 *
 * @param municipalities the names of the columns, in order, before the network-wide column
 */
public record NetworkReport(
        String networkCode,
        String networkName,
        LocalDate from,
        LocalDate to,
        LocalDate asOf,
        int suppressionThreshold,
        String suppressionLegend,
        List<String> municipalities,
        List<FigureTable> tables) {

    public NetworkReport {
        municipalities = List.copyOf(municipalities);
        tables = List.copyOf(tables);
    }
}
