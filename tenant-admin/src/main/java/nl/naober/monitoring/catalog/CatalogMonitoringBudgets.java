package nl.naober.monitoring.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.naober.budget.BudgetSummary;
import nl.naober.budget.Budgets;
import nl.naober.monitoring.MonitoringBudgets;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Monitoring's budget port, read from the catalog's budget lines. */
@Component
class CatalogMonitoringBudgets implements MonitoringBudgets {

    private final Budgets budgets;

    CatalogMonitoringBudgets(Budgets budgets) {
        this.budgets = budgets;
    }

    @Override
    public List<Line> lines(String municipalityCode, int max) {
        return budgets.list(municipalityCode, PageRequest.of(0, max)).stream()
                .map(line -> new Line(line.id(), line.periodStart(), line.periodEnd()))
                .toList();
    }

    @Override
    public Totals totals(String municipalityCode, UUID lineId, LocalDate asOf) {
        BudgetSummary summary = budgets.summary(municipalityCode, lineId, asOf);
        return new Totals(summary.amount(), summary.spent(), summary.remaining(), summary.forecastAtPeriodEnd());
    }
}
