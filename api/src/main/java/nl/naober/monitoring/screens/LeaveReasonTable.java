package nl.naober.monitoring.screens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.naober.family.FamilyStatus;
import nl.naober.family.LeaveReason;
import nl.naober.family.LeaveReasonCount;
import nl.naober.family.LeaveReasonCounts;
import nl.naober.monitoring.MonitoringPeriod;
import nl.naober.monitoring.MonitoringSettings;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureRow;
import nl.naober.monitoring.report.FigureTable;
import nl.naober.municipality.MunicipalitySummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * "Redenen van afwijzing en terugtrekking" (issue 15): the families declined or withdrawn in the period, per reason,
 * suppressed like every table of the dashboard (its totals are declared, so a hidden cell cannot be recomputed from
 * them). A reason that does not fit a column (a decline for "Verhuisd") shows "–", not a zero.
 */
@Component
class LeaveReasonTable {

    static final String KEY = "redenen-afwijzing-terugtrekking";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final List<FamilyStatus> COLUMNS = List.of(FamilyStatus.DECLINED, FamilyStatus.WITHDRAWN);

    private final LeaveReasonCounts counts;
    private final MonitoringSettings settings;
    private final MessageSource messages;

    LeaveReasonTable(LeaveReasonCounts counts, MonitoringSettings settings, MessageSource messages) {
        this.counts = counts;
        this.settings = settings;
        this.messages = messages;
    }

    /** The municipality's table for the period: see {@link ReasonTables#read}. */
    FigureTable of(MunicipalitySummary municipality, MonitoringPeriod period, boolean exact) {
        return ReasonTables.read(
                municipality, exact, settings, () -> counts.between(period.from(), period.to()), this::table);
    }

    FigureTable table(List<LeaveReasonCount> found) {
        List<FigureRow> rows = new ArrayList<>();
        int[] totals = new int[COLUMNS.size()];
        for (LeaveReason reason : LeaveReason.values()) {
            List<Figure> cells = new ArrayList<>();
            int sum = 0;
            for (int c = 0; c < COLUMNS.size(); c++) {
                FamilyStatus status = COLUMNS.get(c);
                if (!reason.fits(status)) {
                    cells.add(new Figure.Empty());
                    continue;
                }
                int n = count(found, status, reason);
                totals[c] += n;
                sum += n;
                cells.add(new Figure.Count(n));
            }
            cells.add(new Figure.Count(sum));
            rows.add(new FigureRow(text("leaveReason." + reason), cells));
        }
        List<Figure> totalCells = new ArrayList<>();
        for (int total : totals) {
            totalCells.add(new Figure.Count(total));
        }
        totalCells.add(new Figure.Count(totals[0] + totals[1]));
        return new FigureTable(
                KEY,
                text("monitoring.leaveReasons.title"),
                List.of(
                        text("status.family.DECLINED"),
                        text("status.family.WITHDRAWN"),
                        text("monitoring.leaveReasons.total")),
                rows,
                new FigureRow(text("monitoring.leaveReasons.total"), totalCells),
                true);
    }

    private static int count(List<LeaveReasonCount> found, FamilyStatus status, LeaveReason reason) {
        return (int) found.stream()
                .filter(c -> c.status() == status && c.reason() == reason)
                .mapToLong(LeaveReasonCount::families)
                .sum();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }
}
