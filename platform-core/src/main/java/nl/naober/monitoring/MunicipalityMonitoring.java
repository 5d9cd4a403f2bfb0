package nl.naober.monitoring;

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
import nl.naober.monitoring.report.CostAvoided;
import nl.naober.monitoring.report.FigureTable;
import nl.naober.monitoring.report.Suppression;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A municipality's monitoring report for a period: its case figures (in its own schema), its budget and settings
 * (from the catalog, through the ports {@link MonitoringBudgets} and {@link MonitoringSettings}), turned into
 * suppressed tables with the indicative cost avoided. The two persistence units are used one after the other, never
 * nested.
 */
@Service
public class MunicipalityMonitoring {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final CaseMonitoring cases;
    private final OverlappingBudgetLines budgetLines;
    private final MonitoringSettings settings;
    private final CaseTables tables;
    private final Clock clock;
    private final AccessLog accessLog;
    private final AccessContext accessContext;

    MunicipalityMonitoring(
            AccessLog accessLog,
            AccessContext accessContext,
            CaseMonitoring cases,
            MonitoringBudgets budgets,
            MonitoringSettings settings,
            MessageSource messages,
            Clock clock) {
        this.accessLog = accessLog;
        this.accessContext = accessContext;
        this.cases = cases;
        this.budgetLines = new OverlappingBudgetLines(budgets);
        this.settings = settings;
        this.tables = new CaseTables(key -> messages.getMessage(key, null, key, DUTCH));
        this.clock = clock;
    }

    /**
     * The report as it may be published: every count under the municipality's threshold suppressed, and what would
     * reveal one. For the policy officer, the network, every export and every evaluation report, whoever asks.
     */
    public MonitoringReport report(ReportedMunicipality municipality, MonitoringPeriod period, String title) {
        return build(municipality, period, title, false);
    }

    /**
     * The coordinator's exact report of their own municipality: the same tables with nothing suppressed, marked
     * {@value MonitoringReport#INTERNAL_MARK}. Only for the screen and the JSON the coordinator reads; never for an
     * export or an evaluation report.
     */
    public MonitoringReport internalReport(ReportedMunicipality municipality, MonitoringPeriod period, String title) {
        return build(municipality, period, title, true);
    }

    private MonitoringReport build(
            ReportedMunicipality municipality, MonitoringPeriod period, String title, boolean exact) {
        LocalDate asOf = LocalDate.now(clock);
        CaseFigures figures = caseFigures(municipality, period, asOf, accessContext.current());
        MonitoringSettings.Values values = settings.effective(municipality.code());
        // threshold 1 hides no count: 0 < n < 1 never holds
        Suppression suppression = new Suppression(exact ? 1 : values.suppressionThreshold());
        List<FigureTable> all = new ArrayList<>(tables.cases(figures));
        all.add(ResultTables.budget(budget(municipality, period, figures)));
        List<FigureTable> shown = exact ? List.copyOf(all) : PublishedTables.of(suppression, figures, all);
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
                cost.report(suppression, PublishedTables.closingsHidden(shown)),
                exact ? MonitoringReport.Internal.coordinators() : null);
    }

    /**
     * The case figures in the municipality's own schema, whatever tenant the caller is in. Who asked for which period
     * goes into that municipality's access log first.
     */
    CaseFigures caseFigures(ReportedMunicipality municipality, MonitoringPeriod period, LocalDate asOf, Accessor who) {
        return TenantContext.call(Tenant.of(municipality.code()), () -> {
            record(who, period);
            return cases.figures(period, asOf);
        });
    }

    /** Who read which period's figures, for a report that is not computed again (a frozen evaluation report). */
    public void recordQuery(ReportedMunicipality municipality, MonitoringPeriod period) {
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

    int suppressionThreshold(ReportedMunicipality municipality) {
        return settings.effective(municipality.code()).suppressionThreshold();
    }

    /** The budget lines that overlap the period, summed up as of the figures' end, and what they bought. */
    BudgetFigures budget(ReportedMunicipality municipality, MonitoringPeriod period, CaseFigures figures) {
        return BudgetFigures.of(budgetLines.totals(municipality.code(), period, figures.end()), figures);
    }
}
