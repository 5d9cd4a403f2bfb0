package nl.naober.api.monitoring;

import java.util.UUID;
import nl.naober.admin.evaluation.EvaluationPeriodView;
import nl.naober.admin.evaluation.EvaluationPeriods;
import nl.naober.admin.municipality.MunicipalitySummary;
import nl.naober.core.monitoring.MonitoringPeriod;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report of an evaluation period. While the period is open it is computed from today's data; closing the
 * period computes it once more and keeps that (JSON, aggregates only) with the period, so a closed period's report
 * is the same tomorrow as today, whatever happens to its cases later.
 */
@Service
public class EvaluationReports {

    private final EvaluationPeriods periods;
    private final MunicipalityMonitoring monitoring;
    private final JsonMapper json;

    EvaluationReports(EvaluationPeriods periods, MunicipalityMonitoring monitoring, JsonMapper json) {
        this.periods = periods;
        this.monitoring = monitoring;
        this.json = json;
    }

    public MonitoringReport report(MunicipalitySummary municipality, UUID periodId) {
        return periods.frozenFigures(municipality.code(), periodId)
                .map(frozen -> json.readValue(frozen, MonitoringReport.class))
                .orElseGet(() -> live(municipality, periods.get(municipality.code(), periodId)));
    }

    public EvaluationPeriodView close(MunicipalitySummary municipality, UUID periodId) {
        EvaluationPeriodView period = periods.get(municipality.code(), periodId);
        if (period.closed()) {
            return periods.close(municipality.code(), periodId, null); // refused: closed once, frozen once
        }
        MonitoringReport report = live(municipality, period);
        return periods.close(municipality.code(), periodId, json.writeValueAsString(report));
    }

    private MonitoringReport live(MunicipalitySummary municipality, EvaluationPeriodView period) {
        return monitoring.report(
                municipality,
                new MonitoringPeriod(period.start(), period.end()),
                "Evaluatierapport " + period.name() + " – " + municipality.name());
    }
}
