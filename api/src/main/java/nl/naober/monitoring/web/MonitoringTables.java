package nl.naober.monitoring.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.naober.monitoring.CaseFigures;
import nl.naober.monitoring.MeasureChange;
import nl.naober.monitoring.MonthlyRegistrations;
import nl.naober.monitoring.QuarterTrend;
import nl.naober.monitoring.ReferralFunnel;
import nl.naober.monitoring.Share;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureRow;
import nl.naober.monitoring.report.FigureTable;
import nl.naober.monitoring.report.Suppression;
import nl.naober.monitoring.report.Suppression.Ref;

/**
 * Turns a municipality's case figures and budget into the Dutch tables of its monitoring report, before
 * suppression, and says how the tables hang together ({@link #links}). Counts stay {@link Figure.Count}s (suppressed
 * later), medians and averages carry their n, so that {@link Suppression} can hide what a small group would reveal.
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
    static final String HALF_YEARS = "trend-per-halfjaar";
    static final String YEARS = "trend-per-jaar";
    static final String WHOLE_PERIOD = "trend-hele-periode";
    /** The tables whose rows are months, quarters or coarser stretches of time: see {@link Suppression}, rule 5. */
    static final java.util.Set<String> TIME_SERIES =
            java.util.Set.of(REGISTRATIONS, QUARTERS, HALF_YEARS, YEARS, WHOLE_PERIOD);

    /**
     * The coarser breakdowns of the quarterly trend, coarsest last, offered instead of it when it is mostly hidden
     * ({@link #mostlyHidden}). A coarser table replaces the quarters in the report (never beside them, so that the
     * two cannot be subtracted from each other) and is suppressed with the whole report by the same rules.
     */
    enum TrendLevel {
        HALF_YEAR(HALF_YEARS, "Trend per halfjaar", "de cijfers per halfjaar"),
        YEAR(YEARS, "Trend per jaar", "de cijfers per jaar"),
        WHOLE(WHOLE_PERIOD, "Trend over de hele periode", "de cijfers over de hele periode");

        final String key;
        final String title;
        final String phrase;

        TrendLevel(String key, String title, String phrase) {
            this.key = key;
            this.title = title;
            this.phrase = phrase;
        }

        String label(QuarterTrend q) {
            return switch (this) {
                case HALF_YEAR -> (q.quarter() <= 2 ? "1e" : "2e") + " halfjaar " + q.year();
                case YEAR -> Integer.toString(q.year());
                case WHOLE -> "Hele periode";
            };
        }
    }

    /** The words for a coarser trend table ("de cijfers per halfjaar"), or empty for any other table. */
    static java.util.Optional<String> coarserPhrase(String key) {
        return java.util.Arrays.stream(TrendLevel.values())
                .filter(level -> level.key.equals(key))
                .map(level -> level.phrase)
                .findFirst();
    }

    /** The key prefix of the month sums ({@link #monthSums}), which suppression reads and no report shows. */
    static final String MONTH_SUMS = "maanden-in-trendrij-";

    /**
     * Never shown: for each row of the trend table (quarters or coarser), the months whose registrations that row
     * adds up, as a table whose total is the row's registrations. The monthly table and the trend table state these
     * sums without saying so (a quarter is its three months); declared, {@link Suppression} keeps a hidden month from
     * coming back as a quarter or half-year minus the months beside it: the row's registrations are hidden with it.
     */
    static List<FigureTable> monthSums(CaseFigures figures, FigureTable trend) {
        java.util.Map<String, List<FigureRow>> months = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> sums = new java.util.HashMap<>();
        for (MonthlyRegistrations month : figures.registrationsPerMonth()) {
            String group = groupOf(trend.key(), month.month());
            months.computeIfAbsent(group, g -> new ArrayList<>())
                    .add(FigureRow.of(month.month().format(MONTH), count(month.families())));
            sums.merge(group, month.families(), Integer::sum);
        }
        List<FigureTable> tables = new ArrayList<>();
        for (int i = 0; i < trend.rows().size(); i++) {
            FigureRow row = trend.rows().get(i);
            List<FigureRow> rows = months.get(row.label());
            // declared only where the two agree, as a link between equal counts must
            if (rows != null && row.cells().get(0).equals(count(sums.get(row.label())))) {
                tables.add(new FigureTable(
                        MONTH_SUMS + i,
                        row.label(),
                        List.of("Gezinnen"),
                        rows,
                        FigureRow.of("Totaal", row.cells().get(0))));
            }
        }
        return tables;
    }

    /** The trend row a month belongs to, by the trend table's labels. */
    private static String groupOf(String trendKey, java.time.YearMonth month) {
        int quarter = (month.getMonthValue() - 1) / 3 + 1;
        if (QUARTERS.equals(trendKey)) {
            return "K" + quarter + " " + month.getYear();
        }
        QuarterTrend q = new QuarterTrend(month.getYear(), quarter, 0, 0, 0, 0, 0);
        return java.util.Arrays.stream(TrendLevel.values())
                .filter(level -> level.key.equals(trendKey))
                .findFirst()
                .map(level -> level.label(q))
                .orElse("");
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

    /**
     * What the tables of {@link #cases} and {@link #budget} say about each other, for
     * {@link Suppression#apply(List, List)}: the same count shown in two tables, and the figures that reveal a count
     * (medians over it, a percentage of it, a ratio or an amount per case). Rows are found by their labels.
     */
    static List<Suppression.Link> links(List<FigureTable> tables) {
        Links links = new Links(tables);
        // the families registered in the period: per month, per source, in the funnel and per quarter
        links.same(Ref.total(FUNNEL, 0), Ref.total(REGISTRATIONS, 0));
        links.same(Ref.total(FUNNEL, 0), Ref.total(SOURCES, 0));
        String trend = links.trendKey();
        links.same(Ref.total(FUNNEL, 0), links.trendTotal(trend, 0));
        for (String source : links.labels(SOURCES)) {
            links.same(links.ref(SOURCES, source, 0), links.ref(FUNNEL, source, 0));
        }
        // the funnel's lead times are medians over its counts, row by row
        links.hiddenWith(links.ref(STEP_DAYS, "Alle bronnen", -1), Ref.total(FUNNEL, 0), STEP_COUNTS);
        for (String source : links.labels(FUNNEL)) {
            links.hiddenWith(links.ref(STEP_DAYS, source, -1), links.ref(FUNNEL, source, 0), STEP_COUNTS);
        }
        // matches: started (also the waiting time's n), continued, ended, closed; per quarter and in the period
        // each trend row's registrations are the sum of its months (the month sums, never shown)
        for (FigureTable sums : tables) {
            if (sums.key().startsWith(MONTH_SUMS)) {
                int row = Integer.parseInt(sums.key().substring(MONTH_SUMS.length()));
                for (int m = 0; m < sums.rows().size(); m++) {
                    links.same(
                            new Ref(sums.key(), m, 0),
                            links.ref(REGISTRATIONS, sums.rows().get(m).label(), 0));
                }
                links.same(Ref.total(sums.key(), 0), new Ref(trend, row, 0));
            }
        }
        links.same(links.trendTotal(trend, 1), new Ref(MATCHES, 0, 0));
        links.same(links.trendTotal(trend, 2), new Ref(MATCHES, 1, 0));
        links.same(links.trendTotal(trend, 3), new Ref(MATCHES, 2, 0));
        links.same(links.trendTotal(trend, 4), new Ref(MATCHES, 5, 0));
        links.same(new Ref(WAITING, 0, 0), new Ref(MATCHES, 0, 0));
        links.sameIfEqual(Ref.total(CLOSINGS, 0), new Ref(MATCHES, 5, 0));
        links.hiddenWith(new Ref(WAITING, 1, 0), new Ref(WAITING, 0, 0));
        links.hiddenWith(new Ref(WAITING, 2, 0), new Ref(WAITING, 0, 0));
        links.hiddenWith(new Ref(MATCHES, 3, 0), new Ref(MATCHES, 1, 0));
        links.hiddenWith(new Ref(MATCHES, 3, 0), new Ref(MATCHES, 2, 0));
        // available support families per waiting family
        links.hiddenWith(new Ref(SUPPLY, 3, 0), new Ref(SUPPLY, 0, 0));
        links.hiddenWith(new Ref(SUPPLY, 3, 0), new Ref(SUPPLY, 2, 0));
        // outcome averages over the families measured
        for (int row = 0; row < links.labels(OUTCOMES).size(); row++) {
            for (int column = 1; column < 4; column++) {
                links.hiddenWith(new Ref(OUTCOMES, row, column), new Ref(OUTCOMES, row, 0));
            }
        }
        // money spent per started match: spent divided by it gives the count back (without a budget there is none)
        if (links.exists(new Ref(BUDGET, 4, 0)) && links.cell(new Ref(BUDGET, 4, 0)) instanceof Figure.Money) {
            links.hiddenWith(new Ref(BUDGET, 4, 0), new Ref(MATCHES, 0, 0));
        }
        return links.all;
    }

    /** The labels of the budget table's rows, in order (the links and the summary find them by index). */
    static final List<String> BUDGET_ROWS = List.of(
            "Toegekend budget",
            "Uitgegeven",
            "Resterend",
            "Verwacht aan het eind van de budgetperiode",
            "Kosten per gestarte koppeling",
            "Kosten per koppelingsmaand",
            "Kosten per geleverd dagdeel");

    /** The funnel columns the lead-time columns are medians over: intake, trial, continued, closed. */
    private static final int[] STEP_COUNTS = {1, 3, 4, 5};

    /** Collects links between the tables that exist; a table missing from a report links nothing. */
    private static final class Links {

        private final List<FigureTable> tables;
        private final List<Suppression.Link> all = new ArrayList<>();

        Links(List<FigureTable> tables) {
            this.tables = tables;
        }

        /** The key of the trend table the report holds: the quarters, or the coarser one that replaced them. */
        String trendKey() {
            for (String key : List.of(QUARTERS, HALF_YEARS, YEARS, WHOLE_PERIOD)) {
                if (find(key).isPresent()) {
                    return key;
                }
            }
            return QUARTERS;
        }

        /** The trend's period figure: its total row, or its one row over the whole period (which has no total). */
        Ref trendTotal(String key, int column) {
            return find(key).filter(t -> t.total() == null).isPresent()
                    ? new Ref(key, 0, column)
                    : Ref.total(key, column);
        }

        List<String> labels(String table) {
            return find(table)
                    .map(t -> t.rows().stream().map(FigureRow::label).toList())
                    .orElse(List.of());
        }

        /** The cell of the row with this label, or {@code null}; column -1 stands for "each column" (see callers). */
        Ref ref(String table, String label, int column) {
            int row = labels(table).indexOf(label);
            return row < 0 ? null : new Ref(table, row, Math.max(column, 0));
        }

        void same(Ref one, Ref other) {
            if (exists(one) && exists(other)) {
                all.add(Suppression.Link.same(one, other));
            }
        }

        /** The same count when the two agree (closings without a reason are not in the reasons' total). */
        void sameIfEqual(Ref one, Ref other) {
            if (exists(one) && exists(other) && cell(one).equals(cell(other))) {
                all.add(Suppression.Link.same(one, other));
            }
        }

        void hiddenWith(Ref figure, Ref count) {
            if (exists(figure) && exists(count)) {
                all.add(Suppression.Link.hiddenWith(figure, count));
            }
        }

        /** Column k of {@code figures}' row is hidden with column {@code countColumns[k]} of {@code counts}' row. */
        void hiddenWith(Ref figures, Ref counts, int[] countColumns) {
            if (figures == null || counts == null) {
                return;
            }
            for (int k = 0; k < countColumns.length; k++) {
                hiddenWith(
                        new Ref(figures.table(), figures.row(), k),
                        new Ref(counts.table(), counts.row(), countColumns[k]));
            }
        }

        boolean exists(Ref ref) {
            if (ref == null) {
                return false;
            }
            return find(ref.table())
                    .filter(t -> ref.row() == Ref.TOTAL
                            ? t.total() != null
                            : ref.row() < t.rows().size())
                    .filter(t -> ref.column() < t.columns().size())
                    .isPresent();
        }

        Figure cell(Ref ref) {
            FigureTable table = find(ref.table()).orElseThrow();
            FigureRow row =
                    ref.row() == Ref.TOTAL ? table.total() : table.rows().get(ref.row());
            return row.cells().get(ref.column());
        }

        private java.util.Optional<FigureTable> find(String key) {
            return tables.stream().filter(t -> t.key().equals(key)).findFirst();
        }
    }

    FigureTable budget(BudgetFigures budget) {
        if (!budget.entered()) {
            Figure none = new Figure.Empty(Figure.Empty.NO_BUDGET);
            List<FigureRow> rows =
                    BUDGET_ROWS.stream().map(label -> FigureRow.of(label, none)).toList();
            return new FigureTable(BUDGET, "Budget en wat het oplevert", List.of("Bedrag"), rows, null);
        }
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

    /**
     * The quarterly trend added up per half-year, year or over the whole period, with the same columns; the whole
     * period is one row without a total (it is its own total).
     */
    static FigureTable trend(CaseFigures figures, TrendLevel level) {
        java.util.Map<String, int[]> groups = new java.util.LinkedHashMap<>();
        int[] totals = new int[5];
        for (QuarterTrend q : figures.quarters()) {
            int[] sums = groups.computeIfAbsent(level.label(q), label -> new int[5]);
            int[] values = {q.registrations(), q.matchesStarted(), q.trialsContinued(), q.trialsEnded(), q.closings()};
            for (int c = 0; c < 5; c++) {
                sums[c] += values[c];
                totals[c] += values[c];
            }
        }
        List<FigureRow> rows = new ArrayList<>();
        groups.forEach((label, sums) -> rows.add(row(label, sums)));
        boolean whole = level == TrendLevel.WHOLE;
        return new FigureTable(
                level.key,
                level.title,
                List.of("Aanmeldingen", "Gestart", "Voortgezet", "Beëindigd", "Afgesloten"),
                whole ? List.of(row(level.label(null), totals)) : rows,
                whole ? null : row("Totaal", totals));
    }

    private static FigureRow row(String label, int[] values) {
        return FigureRow.of(
                label, count(values[0]), count(values[1]), count(values[2]), count(values[3]), count(values[4]));
    }

    private static FigureTable quarters(CaseFigures figures) {
        List<FigureRow> rows = new ArrayList<>();
        int[] totals = new int[5];
        for (QuarterTrend q : figures.quarters()) {
            totals[0] += q.registrations();
            totals[1] += q.matchesStarted();
            totals[2] += q.trialsContinued();
            totals[3] += q.trialsEnded();
            totals[4] += q.closings();
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
                // The quarters add up to the period's figures shown elsewhere: a stated sum, so that it is protected.
                FigureRow.of(
                        "Totaal",
                        count(totals[0]),
                        count(totals[1]),
                        count(totals[2]),
                        count(totals[3]),
                        count(totals[4])));
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
        return euros == null ? new Figure.Empty() : new Figure.Money(euros.setScale(2, RoundingMode.HALF_UP));
    }
}
