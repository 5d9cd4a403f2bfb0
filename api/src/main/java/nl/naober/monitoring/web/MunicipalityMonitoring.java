package nl.naober.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.naober.accesslog.AccessAction;
import nl.naober.accesslog.AccessContext;
import nl.naober.accesslog.AccessEntry;
import nl.naober.accesslog.AccessLog;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.Accessor;
import nl.naober.accesslog.RecordType;
import nl.naober.budget.BudgetLineView;
import nl.naober.budget.BudgetSummary;
import nl.naober.budget.Budgets;
import nl.naober.monitoring.CaseFigures;
import nl.naober.monitoring.CaseMonitoring;
import nl.naober.monitoring.MonitoringPeriod;
import nl.naober.monitoring.report.CostAvoided;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureTable;
import nl.naober.monitoring.report.Suppression;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.settings.ProgrammeSettingsCatalog;
import nl.naober.settings.SettingValues;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * A municipality's monitoring report for a period: its case figures (in its own schema), its budget and settings
 * (in the catalog), turned into suppressed tables with the indicative cost avoided. The two persistence units are
 * used one after the other, never nested.
 */
@Service
public class MunicipalityMonitoring {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final int MAX_BUDGET_LINES = 100;

    private final CaseMonitoring cases;
    private final Budgets budgets;
    private final ProgrammeSettingsCatalog settings;
    private final MonitoringTables tables;
    private final Clock clock;
    private final AccessLog accessLog;
    private final AccessContext accessContext;

    MunicipalityMonitoring(
            AccessLog accessLog,
            AccessContext accessContext,
            CaseMonitoring cases,
            Budgets budgets,
            ProgrammeSettingsCatalog settings,
            MessageSource messages,
            Clock clock) {
        this.accessLog = accessLog;
        this.accessContext = accessContext;
        this.cases = cases;
        this.budgets = budgets;
        this.settings = settings;
        this.tables = new MonitoringTables(key -> messages.getMessage(key, null, key, DUTCH));
        this.clock = clock;
    }

    /**
     * The report as it may be published: every count under the municipality's threshold suppressed, and what would
     * reveal one. For the policy officer, the network, every export and every evaluation report, whoever asks.
     */
    public MonitoringReport report(MunicipalitySummary municipality, MonitoringPeriod period, String title) {
        return build(municipality, period, title, false);
    }

    /**
     * The coordinator's exact report of their own municipality: the same tables with nothing suppressed, marked
     * {@value MonitoringReport#INTERNAL_MARK}. Only for the screen and the JSON the coordinator reads; never for an
     * export or an evaluation report.
     */
    public MonitoringReport internalReport(MunicipalitySummary municipality, MonitoringPeriod period, String title) {
        return build(municipality, period, title, true);
    }

    private MonitoringReport build(
            MunicipalitySummary municipality, MonitoringPeriod period, String title, boolean exact) {
        LocalDate asOf = LocalDate.now(clock);
        CaseFigures figures = caseFigures(municipality, period, asOf, accessContext.current());
        SettingValues values = settings.effective(municipality.code());
        // threshold 1 hides no count: 0 < n < 1 never holds
        Suppression suppression = new Suppression(exact ? 1 : values.suppressionThreshold());
        List<FigureTable> all = new ArrayList<>(tables.cases(figures));
        all.add(tables.budget(BudgetFigures.of(budgetLines(municipality, period, figures.end()), figures)));
        List<FigureTable> shown = exact ? List.copyOf(all) : coarserWhereMostlyHidden(suppression, figures, all);
        CostAvoided cost = new CostAvoided(
                figures.matches().closings(),
                values.youthCareCostPerYear(),
                values.placementCostPerYear(),
                values.avoidedPlacementPercentage(),
                (int) ChronoUnit.DAYS.between(period.from(), period.to()) + 1);
        return new MonitoringReport(
                municipality.code(),
                municipality.name(),
                title,
                period.from(),
                period.to(),
                asOf,
                exact ? values.suppressionThreshold() : suppression.threshold(),
                exact ? "Intern — niet publiceren: exacte cijfers, niets afgeschermd." : suppression.legend(),
                shown,
                // the amount divided by its assumptions gives the closings back: hidden wherever they are
                cost.report(suppression, closingsHidden(shown)),
                exact ? MonitoringReport.Internal.coordinators() : null);
    }

    /**
     * The report suppressed; when its quarterly trend is mostly hidden, with the first coarser trend (half-year, year,
     * whole period) that has fewer rows and is not, in its place. The coarser table replaces the quarters rather than
     * standing beside them, so no hidden quarter is a coarser row minus shown quarters; and the report with it is
     * suppressed as a whole again, by the same rules, so its other tables hide what the coarser one would reveal.
     * Which breakdown is chosen depends only on the suppressed quarterly table, which the report could show anyway.
     */
    private static List<FigureTable> coarserWhereMostlyHidden(
            Suppression suppression, CaseFigures figures, List<FigureTable> all) {
        List<FigureTable> shown = suppress(suppression, figures, all);
        FigureTable quarters = find(shown, MonitoringTables.QUARTERS);
        if (quarters == null || !MonitoringTables.mostlyHidden(quarters)) {
            return shown;
        }
        int rows = quarters.rows().size();
        for (MonitoringTables.TrendLevel level : MonitoringTables.TrendLevel.values()) {
            FigureTable coarser = MonitoringTables.trend(figures, level);
            if (coarser.rows().size() >= rows) {
                continue;
            }
            List<FigureTable> candidate = all.stream()
                    .map(t -> t.key().equals(MonitoringTables.QUARTERS) ? coarser : t)
                    .toList();
            List<FigureTable> suppressed = suppress(suppression, figures, candidate);
            if (!MonitoringTables.mostlyHidden(find(suppressed, coarser.key()))) {
                return suppressed;
            }
        }
        return shown;
    }

    /** The tables suppressed together with the month sums of their trend table, which are then left out. */
    private static List<FigureTable> suppress(Suppression suppression, CaseFigures figures, List<FigureTable> tables) {
        List<FigureTable> withSums = new ArrayList<>(tables);
        java.util.Set<String> timeSeries = new java.util.HashSet<>(MonitoringTables.TIME_SERIES);
        tables.stream()
                .filter(t -> MonitoringTables.TIME_SERIES.contains(t.key())
                        && !t.key().equals(MonitoringTables.REGISTRATIONS))
                .findFirst()
                .ifPresent(trend -> MonitoringTables.monthSums(figures, trend).forEach(sums -> {
                    withSums.add(sums);
                    timeSeries.add(sums.key());
                }));
        List<FigureTable> shown = suppression.apply(withSums, MonitoringTables.links(withSums), timeSeries);
        return List.copyOf(shown.subList(0, tables.size()));
    }

    private static FigureTable find(List<FigureTable> tables, String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }

    private static boolean closingsHidden(List<FigureTable> shown) {
        return shown.stream()
                .filter(t -> t.key().equals(MonitoringTables.MATCHES))
                .anyMatch(t -> t.rows().get(5).cells().get(0) instanceof Figure.Suppressed);
    }

    /**
     * The case figures in the municipality's own schema, whatever tenant the caller is in. Who asked for which period
     * goes into that municipality's access log first.
     */
    CaseFigures caseFigures(MunicipalitySummary municipality, MonitoringPeriod period, LocalDate asOf, Accessor who) {
        return TenantContext.call(Tenant.of(municipality.code()), () -> {
            record(who, period);
            return cases.figures(period, asOf);
        });
    }

    /** Who read which period's figures, for a report that is not computed again (a frozen evaluation report). */
    void recordQuery(MunicipalitySummary municipality, MonitoringPeriod period) {
        Accessor who = accessContext.current();
        TenantContext.run(Tenant.of(municipality.code()), () -> record(who, period));
    }

    private void record(Accessor who, MonitoringPeriod period) {
        accessLog.recordAs(
                who,
                AccessEntry.read(
                        AccessAction.QUERY,
                        AccessRecord.of(RecordType.MONITORING),
                        "period " + period.from() + ".." + period.to()));
    }

    /** Who is asking, to be passed to work on other threads. */
    Accessor accessor() {
        return accessContext.current();
    }

    int suppressionThreshold(MunicipalitySummary municipality) {
        return settings.effective(municipality.code()).suppressionThreshold();
    }

    /** The lines whose budget period overlaps the monitoring period, summed up as of the report's end. */
    List<BudgetSummary> budgetLines(MunicipalitySummary municipality, MonitoringPeriod period, LocalDate end) {
        List<BudgetSummary> lines = new ArrayList<>();
        for (BudgetLineView line : budgets.list(municipality.code(), PageRequest.of(0, MAX_BUDGET_LINES))) {
            boolean overlaps = !line.periodEnd().isBefore(period.from())
                    && !line.periodStart().isAfter(period.to());
            if (overlaps) {
                LocalDate asOf = end.isBefore(line.periodStart()) ? line.periodStart() : end;
                lines.add(budgets.summary(municipality.code(), line.id(), asOf));
            }
        }
        return lines;
    }
}
