package nl.naober.api.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.naober.core.monitoring.CaseFigures;
import nl.naober.core.monitoring.MeasureChange;
import nl.naober.core.monitoring.MonthlyRegistrations;
import nl.naober.core.monitoring.QuarterTrend;
import nl.naober.core.monitoring.ReferralFunnel;
import nl.naober.core.monitoring.Share;
import nl.naober.core.monitoring.report.Figure;
import nl.naober.core.monitoring.report.FigureRow;
import nl.naober.core.monitoring.report.FigureTable;

/**
 * Turns a municipality's case figures and budget into the Dutch tables of its monitoring report, before
 * suppression. Counts stay {@link Figure.Count}s (suppressed later), medians and averages carry their n, so that
 * {@link nl.naober.core.monitoring.report.Suppression} can hide what a small group would reveal.
 */
final class MonitoringTables {

    static final String REGISTRATIONS = "aanmeldingen-per-maand";
    static final String FUNNEL = "instroom-per-bron";
    static final String STEP_DAYS = "doorlooptijden";
    static final String SUPPLY = "aanbod-en-vraag";
    static final String WAITING = "wachttijd";
    static final String MATCHES = "koppelingen";
    static final String CLOSINGS = "afsluitredenen";
    static final String DAY_PARTS = "dagdelen";
    static final String OUTCOMES = "uitkomsten";
    static final String INDICATORS = "indicatoren";
    static final String ESCALATIONS = "escalaties";
    static final String REASONS = "aanmeldredenen";
    static final String SOURCES = "aanmeldbronnen";
    static final String QUARTERS = "trend-per-kwartaal";
    static final String BUDGET = "budget";

    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private final Function<String, String> labels;

    /** @param labels Dutch labels of enum values by message key, e.g. {@code closeReason.GOAL_REACHED} */
    MonitoringTables(Function<String, String> labels) {
        this.labels = labels;
    }

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
                outcomes(figures),
                indicators(figures),
                escalations(figures),
                counted(REASONS, "Aanmeldredenen", "reason.", figures.registrationReasons(), false),
                counted(SOURCES, "Aanmeldingen per bron", "source.", figures.registrationSources(), true),
                quarters(figures));
    }

    FigureTable budget(BudgetFigures budget) {
        List<FigureRow> rows = List.of(
                FigureRow.of("Toegekend budget", money(budget.allocated())),
                FigureRow.of("Uitgegeven", money(budget.spent())),
                FigureRow.of("Resterend", money(budget.remaining())),
                FigureRow.of("Verwacht aan het eind van de budgetperiode", money(budget.forecast())),
                FigureRow.of("Kosten per gestarte koppeling", money(budget.perMatch())),
                FigureRow.of("Kosten per koppelingsmaand", money(budget.perMatchMonth())),
                FigureRow.of("Kosten per geleverd dagdeel", money(budget.perDayPart())));
        return new FigureTable(BUDGET, "Budget en wat het oplevert", List.of("Bedrag"), rows, null);
    }

    private FigureTable registrations(CaseFigures figures) {
        List<FigureRow> rows = new ArrayList<>();
        int families = 0;
        int supportFamilies = 0;
        for (MonthlyRegistrations month : figures.registrationsPerMonth()) {
            rows.add(
                    FigureRow.of(month.month().format(MONTH), count(month.families()), count(month.supportFamilies())));
            families += month.families();
            supportFamilies += month.supportFamilies();
        }
        return new FigureTable(
                REGISTRATIONS,
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
                FUNNEL,
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
                STEP_DAYS,
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
        return new FigureTable(
                SUPPLY,
                "Aanbod en vraag aan het eind van de periode",
                List.of("Aantal"),
                List.of(
                        FigureRow.of("Beschikbare steungezinnen", count(s.availableSupportFamilies())),
                        FigureRow.of("Vrije plaatsen bij steungezinnen", count(s.freeCapacity())),
                        FigureRow.of("Wachtende gezinnen", count(s.waitingFamilies())),
                        FigureRow.of(
                                "Beschikbare steungezinnen per wachtend gezin",
                                s.candidateDepth() == null
                                        ? new Figure.Empty()
                                        : new Figure.Ratio(s.candidateDepth()))),
                null);
    }

    private static FigureTable waiting(CaseFigures figures) {
        var w = figures.waitingTime();
        return new FigureTable(
                WAITING,
                "Wachttijd van aanmelding tot start proefperiode (dagen)",
                List.of("Waarde"),
                List.of(
                        FigureRow.of("Gestarte proefperiodes", count(w.matches())),
                        FigureRow.of("Mediaan", overN(w.medianDays(), w.matches())),
                        FigureRow.of("90e percentiel", overN(w.percentile90Days(), w.matches()))),
                null);
    }

    private static FigureTable matches(CaseFigures figures) {
        var m = figures.matches();
        int decided = m.trialsContinued() + m.trialsEnded();
        return new FigureTable(
                MATCHES,
                "Koppelingen",
                List.of("Waarde"),
                List.of(
                        FigureRow.of("Gestart (proefperiode begonnen)", count(m.started())),
                        FigureRow.of("Proefperiodes voortgezet", count(m.trialsContinued())),
                        FigureRow.of("Proefperiodes beëindigd", count(m.trialsEnded())),
                        FigureRow.of(
                                "Voortgezet na de proefperiode",
                                m.trialsContinuedPercentage() == null
                                        ? new Figure.Empty()
                                        : new Figure.Percentage(
                                                m.trialsContinuedPercentage(), m.trialsContinued(), decided)),
                        FigureRow.of("Lopend aan het eind van de periode", count(m.runningAtEnd())),
                        FigureRow.of("Afgesloten", count(m.closings())),
                        FigureRow.of(
                                "Gemiddelde duur van afgesloten koppelingen (dagen)",
                                overN(m.averageDurationDays(), m.durationMatches()))),
                null);
    }

    private FigureTable closings(CaseFigures figures) {
        return counted(
                CLOSINGS, "Afsluitredenen", "closeReason.", figures.matches().closingsByReason(), true);
    }

    private static FigureTable dayParts(CaseFigures figures) {
        var d = figures.dayParts();
        return new FigureTable(
                DAY_PARTS,
                "Geleverde dagdelen steun",
                List.of("Waarde"),
                List.of(
                        FigureRow.of("Dagdelen in de periode", new Figure.Ratio(d.total())),
                        FigureRow.of(
                                "Dagdelen per week",
                                d.perWeek() == null ? new Figure.Empty() : new Figure.Ratio(d.perWeek())),
                        FigureRow.of("Koppelingsmaanden", new Figure.Ratio(d.matchMonths()))),
                null);
    }

    private static FigureTable outcomes(CaseFigures figures) {
        var o = figures.outcomes();
        return new FigureTable(
                OUTCOMES,
                "Verandering tussen intake en afsluiting (schaal 0–5)",
                List.of("Gezinnen", "Bij intake", "Bij afsluiting", "Verandering"),
                List.of(
                        outcomeRow("Opvoedbelasting", o.parentingStrain()),
                        outcomeRow("Rust in het gezin", o.familyRest()),
                        outcomeRow("Eigen netwerk", o.ownNetwork()),
                        outcomeRow("Welzijn van het kind", o.childWellbeing())),
                null);
    }

    private static FigureRow outcomeRow(String label, MeasureChange change) {
        return FigureRow.of(
                label,
                count(change.families()),
                overN(change.averageAtIntake(), change.families()),
                overN(change.averageAtClosing(), change.families()),
                overN(change.averageChange(), change.families()));
    }

    private static FigureTable indicators(CaseFigures figures) {
        var i = figures.indicators();
        return new FigureTable(
                INDICATORS,
                "Indicatoren (NJi/CBS)",
                List.of("Percentage"),
                List.of(
                        FigureRow.of("Uitval", share(i.dropOut())),
                        FigureRow.of("Doel bereikt zonder verdere hulp", share(i.goalReachedWithoutHelp())),
                        FigureRow.of(
                                "Geen nieuwe jeugdhulp binnen 12 maanden", share(i.noHeavierCareWithin12Months()))),
                null);
    }

    private static FigureTable escalations(CaseFigures figures) {
        var e = figures.escalations();
        return new FigureTable(
                ESCALATIONS,
                "Signalen en escalaties",
                List.of("Aantal"),
                List.of(
                        FigureRow.of("Signalen", count(e.signals())),
                        FigureRow.of("Doorverwijzingen", count(e.referrals())),
                        FigureRow.of("Doorverwezen naar professionele zorg", count(e.referralsToProfessionalCare()))),
                null);
    }

    private static FigureTable quarters(CaseFigures figures) {
        List<FigureRow> rows = new ArrayList<>();
        for (QuarterTrend q : figures.quarters()) {
            rows.add(FigureRow.of(
                    "K" + q.quarter() + " " + q.year(),
                    count(q.registrations()),
                    count(q.matchesStarted()),
                    count(q.trialsContinued()),
                    count(q.trialsEnded()),
                    count(q.closings())));
        }
        return new FigureTable(
                QUARTERS,
                "Trend per kwartaal",
                List.of("Aanmeldingen", "Gestart", "Voortgezet", "Beëindigd", "Afgesloten"),
                rows,
                null);
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

    private static Figure count(int value) {
        return new Figure.Count(value);
    }

    /** A median or average over n cases; none when no case made it, so suppression can hide a small n. */
    private static Figure overN(BigDecimal value, int n) {
        return value == null || n == 0 ? new Figure.Empty() : new Figure.Average(value, n);
    }

    private static Figure share(Share share) {
        return share.denominator() == 0 || share.percentage() == null
                ? new Figure.Empty()
                : new Figure.Percentage(share.percentage(), share.numerator(), share.denominator());
    }

    private static Figure money(BigDecimal euros) {
        return euros == null ? new Figure.Empty() : new Figure.Money(euros.setScale(2, RoundingMode.HALF_EVEN));
    }
}
