package nl.naober.monitoring.screens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.naober.matching.TrialEndReason;
import nl.naober.matching.TrialEndReasonCount;
import nl.naober.matching.TrialEndReasonCounts;
import nl.naober.monitoring.MonitoringPeriod;
import nl.naober.monitoring.MonitoringSettings;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureRow;
import nl.naober.monitoring.report.FigureTable;
import nl.naober.municipality.MunicipalitySummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * "Proefperiode niet voortgezet, naar reden" (issue 16): the trials that ended in the period because the evaluation
 * decided to stop, per reason, suppressed like the leave-reason table beside it (its total is declared, so a hidden
 * cell cannot be recomputed from it). Trials ended before the reason was asked count under "Geen reden vastgelegd".
 */
@Component
class TrialEndReasonTable {

    static final String KEY = "proefperiode-niet-voortgezet-naar-reden";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final TrialEndReasonCounts counts;
    private final MonitoringSettings settings;
    private final MessageSource messages;

    TrialEndReasonTable(TrialEndReasonCounts counts, MonitoringSettings settings, MessageSource messages) {
        this.counts = counts;
        this.settings = settings;
        this.messages = messages;
    }

    /** The municipality's table for the period: see {@link ReasonTables#read}. */
    FigureTable of(MunicipalitySummary municipality, MonitoringPeriod period, boolean exact) {
        return ReasonTables.read(
                municipality, exact, settings, () -> counts.between(period.from(), period.to()), this::table);
    }

    FigureTable table(List<TrialEndReasonCount> found) {
        List<FigureRow> rows = new ArrayList<>();
        int total = 0;
        for (TrialEndReason reason : TrialEndReason.values()) {
            int n = count(found, reason);
            total += n;
            rows.add(new FigureRow(text("trialEndReason." + reason), List.of(new Figure.Count(n))));
        }
        int unrecorded = count(found, null);
        total += unrecorded;
        rows.add(new FigureRow(text("monitoring.trialEndReasons.unrecorded"), List.of(new Figure.Count(unrecorded))));
        return new FigureTable(
                KEY,
                text("monitoring.trialEndReasons.title"),
                List.of(text("monitoring.trialEndReasons.matches")),
                rows,
                new FigureRow(text("monitoring.trialEndReasons.total"), List.of(new Figure.Count(total))),
                false);
    }

    private static int count(List<TrialEndReasonCount> found, TrialEndReason reason) {
        return (int) found.stream()
                .filter(c -> Objects.equals(c.reason(), reason))
                .mapToLong(TrialEndReasonCount::matches)
                .sum();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }
}
