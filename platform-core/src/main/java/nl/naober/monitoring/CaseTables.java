package nl.naober.monitoring;

import static nl.naober.monitoring.Cells.count;
import static nl.naober.monitoring.Cells.overN;
import static nl.naober.monitoring.Cells.ratio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureRow;
import nl.naober.monitoring.report.FigureTable;
import nl.naober.monitoring.report.Suppression;

/**
 * Turns a municipality's case figures into the Dutch tables of its monitoring report, before suppression. Counts
 * stay {@link Figure.Count}s (suppressed later), medians and averages carry their n, so that {@link Suppression} can
 * hide what a small group would reveal; how the tables hang together is {@link ReportLinks}.
 */
final class CaseTables {

    private final Function<String, String> labels;

    /** @param labels Dutch labels of enum values by message key, e.g. {@code closeReason.GOAL_REACHED} */
    CaseTables(Function<String, String> labels) {
        this.labels = labels;
    }

    /** Every table of the report but the budget, in the order the report shows them. */
    List<FigureTable> cases(CaseFigures figures) {
        return List.of(
                registrations(figures),
                funnel(figures),
                stepDays(figures),
                supply(figures),
                waiting(figures),
                matches(figures),
                closings(figures),
                dayParts(figures),
                ResultTables.outcomes(figures),
                ResultTables.indicators(figures),
                ResultTables.escalations(figures),
                counted(MonitoringTables.REASONS, "Aanmeldredenen", "reason.", figures.registrationReasons(), false),
                counted(
                        MonitoringTables.SOURCES,
                        "Aanmeldingen per bron",
                        "source.",
                        figures.registrationSources(),
                        true),
                TrendTables.trend(figures, TrendTables.Level.QUARTER));
    }

    private FigureTable registrations(CaseFigures figures) {
        List<FigureRow> rows = new ArrayList<>();
        int families = 0;
        int supportFamilies = 0;
        for (MonthlyRegistrations month : figures.registrationsPerMonth()) {
            rows.add(FigureRow.of(
                    month.month().format(Cells.MONTH), count(month.families()), count(month.supportFamilies())));
            families += month.families();
            supportFamilies += month.supportFamilies();
        }
        return new FigureTable(
                MonitoringTables.REGISTRATIONS,
                "Aanmeldingen per maand",
                List.of("Gezinnen", "Steungezinnen"),
                rows,
                FigureRow.of("Totaal", count(families), count(supportFamilies)));
    }

    private FigureTable funnel(CaseFigures figures) {
        List<FigureRow> rows = figures.funnelBySource().stream()
                .map(f -> funnelRow(labels.apply("source." + f.source()), f))
                .toList();
        return new FigureTable(
                MonitoringTables.FUNNEL,
                "Van aanmelding tot afsluiting, per bron",
                List.of("Aangemeld", "Intake", "Wachtend", "Proefperiode", "Voortgezet", "Afgesloten"),
                rows,
                funnelRow("Totaal", figures.funnel()));
    }

    private static FigureRow funnelRow(String label, ReferralFunnel f) {
        return FigureRow.of(
                label,
                count(f.registered()),
                count(f.reachedIntake()),
                count(f.waiting()),
                count(f.trial()),
                count(f.continued()),
                count(f.closed()));
    }

    private FigureTable stepDays(CaseFigures figures) {
        List<FigureRow> rows = new ArrayList<>();
        rows.add(stepRow("Alle bronnen", figures.funnel()));
        figures.funnelBySource().forEach(f -> rows.add(stepRow(labels.apply("source." + f.source()), f)));
        return new FigureTable(
                MonitoringTables.STEP_DAYS,
                "Mediaan aantal dagen per stap",
                List.of(
                        "Aanmelding tot intake",
                        "Intake tot proefperiode",
                        "Proefperiode tot voortgezet",
                        "Voortgezet tot afsluiting"),
                rows,
                null);
    }

    private static FigureRow stepRow(String label, ReferralFunnel f) {
        return FigureRow.of(
                label,
                overN(f.medianDaysToIntake(), f.reachedIntake()),
                overN(f.medianDaysIntakeToTrial(), f.trial()),
                overN(f.medianDaysTrialToContinued(), f.continued()),
                overN(f.medianDaysContinuedToClosed(), f.closed()));
    }

    private static FigureTable supply(CaseFigures figures) {
        var s = figures.supplyAndDemand();
        return Cells.column(
                MonitoringTables.SUPPLY,
                "Aanbod en vraag aan het eind van de periode",
                "Aantal",
                FigureRow.of("Beschikbare steungezinnen", count(s.availableSupportFamilies())),
                FigureRow.of("Vrije plaatsen bij steungezinnen", count(s.freeCapacity())),
                FigureRow.of("Wachtende gezinnen", count(s.waitingFamilies())),
                FigureRow.of("Beschikbare steungezinnen per wachtend gezin", ratio(s.candidateDepth())));
    }

    private static FigureTable waiting(CaseFigures figures) {
        var w = figures.waitingTime();
        return Cells.column(
                MonitoringTables.WAITING,
                "Wachttijd van aanmelding tot start proefperiode (dagen)",
                "Waarde",
                FigureRow.of("Gestarte proefperiodes", count(w.matches())),
                FigureRow.of("Mediaan", overN(w.medianDays(), w.matches())),
                FigureRow.of("90e percentiel", overN(w.percentile90Days(), w.matches())));
    }

    private static FigureTable matches(CaseFigures figures) {
        var m = figures.matches();
        int decided = m.trialsContinued() + m.trialsEnded();
        return Cells.column(
                MonitoringTables.MATCHES,
                "Koppelingen",
                "Waarde",
                FigureRow.of("Gestart (proefperiode begonnen)", count(m.started())),
                FigureRow.of("Proefperiodes voortgezet", count(m.trialsContinued())),
                FigureRow.of("Proefperiodes beëindigd", count(m.trialsEnded())),
                FigureRow.of(
                        "Voortgezet na de proefperiode",
                        m.trialsContinuedPercentage() == null
                                ? new Figure.Empty()
                                : new Figure.Percentage(m.trialsContinuedPercentage(), m.trialsContinued(), decided)),
                FigureRow.of("Lopend aan het eind van de periode", count(m.runningAtEnd())),
                FigureRow.of("Afgesloten", count(m.closings())),
                FigureRow.of(
                        "Gemiddelde duur van afgesloten koppelingen (dagen)",
                        overN(m.averageDurationDays(), m.durationMatches())));
    }

    private FigureTable closings(CaseFigures figures) {
        return counted(
                MonitoringTables.CLOSINGS,
                "Afsluitredenen",
                "closeReason.",
                figures.matches().closingsByReason(),
                true);
    }

    private static FigureTable dayParts(CaseFigures figures) {
        var d = figures.dayParts();
        return Cells.column(
                MonitoringTables.DAY_PARTS,
                "Geleverde dagdelen steun",
                "Waarde",
                FigureRow.of("Dagdelen in de periode", new Figure.Ratio(d.total())),
                FigureRow.of("Dagdelen per week", ratio(d.perWeek())),
                FigureRow.of("Koppelingsmaanden", new Figure.Ratio(d.matchMonths())));
    }

    /** One count per enum value, optionally with a total row (the values partition it). */
    private <E extends Enum<E>> FigureTable counted(
            String key, String title, String labelPrefix, Map<E, Integer> counts, boolean withTotal) {
        List<FigureRow> rows = new ArrayList<>();
        int total = 0;
        for (Map.Entry<E, Integer> entry : counts.entrySet()) {
            rows.add(FigureRow.of(labels.apply(labelPrefix + entry.getKey().name()), count(entry.getValue())));
            total += entry.getValue();
        }
        return new FigureTable(
                key, title, List.of("Aantal"), rows, withTotal ? FigureRow.of("Totaal", count(total)) : null);
    }
}
