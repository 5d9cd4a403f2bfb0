package nl.naober.monitoring.web;

import java.util.UUID;
import nl.naober.evaluation.EvaluationPeriodView;
import nl.naober.evaluation.EvaluationPeriods;
import nl.naober.monitoring.MonitoringPeriod;
import nl.naober.municipality.MunicipalitySummary;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report of an evaluation period. While the period is open it is computed from today's data; closing the
 * period computes it once more and keeps that (JSON, aggregates only) with the period, so a closed period's report
 * is the same tomorrow as today, whatever happens to its cases later.
 */
@Service
@NamedInterface("evaluation-reports")
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
                .map(frozen -> {
                    // an n, numerator or denominator stored with an older report is not read back (AverageJson),
                    // nor a figure's display text, which its values give again
                    MonitoringReport report = json.readerFor(MonitoringReport.class)
                            .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                            .readValue(frozen);
                    // read, not computed: still a monitoring query, logged like one
                    monitoring.recordQuery(municipality, new MonitoringPeriod(report.from(), report.to()));
                    return report;
                })
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
