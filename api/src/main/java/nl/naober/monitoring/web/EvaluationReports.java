package nl.naober.monitoring.web;

import java.util.UUID;
import nl.naober.evaluation.EvaluationPeriodView;
import nl.naober.evaluation.EvaluationPeriods;
import nl.naober.monitoring.MonitoringPeriod;
import nl.naober.monitoring.MonitoringReport;
import nl.naober.monitoring.MunicipalityMonitoring;
import nl.naober.monitoring.web.archive.ReportArchive;
import nl.naober.municipality.MunicipalitySummary;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * The report of an evaluation period. While the period is open it is computed from today's data; closing the
 * period computes it once more and keeps that (aggregates only) with the period, so a closed period's report is the
 * same tomorrow as today, whatever happens to its cases later. What is kept is the archive's own versioned format
 * ({@link nl.naober.monitoring.web.archive.ArchivedReport}), not the REST DTO, so changing the API does not change an
 * archived report; reports kept before that format are read as format 0.
 */
@Service
@NamedInterface("evaluation-reports")
public class EvaluationReports {

    private final EvaluationPeriods periods;
    private final MunicipalityMonitoring monitoring;

    EvaluationReports(EvaluationPeriods periods, MunicipalityMonitoring monitoring) {
        this.periods = periods;
        this.monitoring = monitoring;
    }

    public MonitoringReport report(MunicipalitySummary municipality, UUID periodId) {
        return periods.frozenFigures(municipality.code(), periodId)
                .map(frozen -> {
                    // any format version, converted to today's; never the REST DTO's JSON settings
                    MonitoringReport report = ArchivedReports.restore(ReportArchive.read(frozen));
                    // read, not computed: still a monitoring query, logged like one
                    monitoring.recordQuery(
                            ReportedMunicipalities.of(municipality), new MonitoringPeriod(report.from(), report.to()));
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
        return periods.close(municipality.code(), periodId, ReportArchive.write(ArchivedReports.archive(report)));
    }

    private MonitoringReport live(MunicipalitySummary municipality, EvaluationPeriodView period) {
        return monitoring.report(
                ReportedMunicipalities.of(municipality),
                new MonitoringPeriod(period.start(), period.end()),
                "Evaluatierapport " + period.name() + " – " + municipality.name());
    }
}
