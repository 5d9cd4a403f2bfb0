package nl.naober.monitoring.web;

import nl.naober.monitoring.MonitoringReport;
import nl.naober.monitoring.web.archive.ArchivedFigures;
import nl.naober.monitoring.web.archive.ArchivedReport;

/**
 * Between the report the API and screens show and the archived report of a closed evaluation period: the archive's
 * format is its own ({@link nl.naober.monitoring.web.archive}), so this is the one place that knows both.
 */
final class ArchivedReports {

    private ArchivedReports() {}

    /** The report to archive; a frozen report is one that may be published, so it has no internal mark. */
    static ArchivedReport archive(MonitoringReport report) {
        if (report.internal() != null) {
            throw new IllegalArgumentException("an exact (internal) report is never archived");
        }
        return new ArchivedReport(
                ArchivedReport.FORMAT_VERSION,
                report.municipalityCode(),
                report.municipalityName(),
                report.title(),
                report.from(),
                report.to(),
                report.asOf(),
                report.suppressionThreshold(),
                report.suppressionLegend(),
                report.tables().stream().map(ArchivedFigures::archive).toList(),
                report.costAvoided() == null ? null : ArchivedFigures.archive(report.costAvoided()));
    }

    /** The archived report as the API, screens, CSV and PDF show it. */
    static MonitoringReport restore(ArchivedReport archived) {
        return new MonitoringReport(
                archived.municipalityCode(),
                archived.municipalityName(),
                archived.title(),
                archived.from(),
                archived.to(),
                archived.asOf(),
                archived.suppressionThreshold(),
                archived.suppressionLegend(),
                archived.tables().stream().map(ArchivedFigures::restore).toList(),
                archived.costAvoided() == null ? null : ArchivedFigures.restore(archived.costAvoided()),
                null);
    }
}
