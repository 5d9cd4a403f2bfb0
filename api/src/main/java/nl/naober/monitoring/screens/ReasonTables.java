package nl.naober.monitoring.screens;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.naober.monitoring.MonitoringSettings;
import nl.naober.monitoring.report.FigureTable;
import nl.naober.monitoring.report.Suppression;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;

/** How the dashboard's reason tables (leave reasons, trial-end reasons) are read and suppressed: the same for both. */
final class ReasonTables {

    private ReasonTables() {}

    /**
     * The municipality's table, its counts read in its own schema and suppressed with its threshold; {@code exact} for
     * the municipality's own coordinator, who sees every case anyway (issue 16): the counts as counted, never in a
     * download.
     */
    static <T> FigureTable read(
            MunicipalitySummary municipality,
            boolean exact,
            MonitoringSettings settings,
            Supplier<List<T>> counts,
            Function<List<T>, FigureTable> table) {
        List<T> found = TenantContext.call(Tenant.of(municipality.code()), counts::get);
        if (exact) {
            return table.apply(found);
        }
        Suppression suppression =
                new Suppression(settings.effective(municipality.code()).suppressionThreshold());
        return suppression.apply(table.apply(found));
    }
}
