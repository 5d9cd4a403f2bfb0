package nl.naober.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.naober.evaluation.EvaluationPeriods;
import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import nl.naober.monitoring.MonitoringPeriod;
import nl.naober.monitoring.MonitoringPeriods;
import nl.naober.monitoring.MonitoringReport;
import nl.naober.monitoring.MunicipalityMonitoring;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.programme.NotFoundException;
import nl.naober.security.CurrentUsers;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monitoring of one municipality and its evaluation-period reports: aggregates only, suppressed, for its policy
 * officers and coordinators and its network's admin (the tenant filter has checked the municipality already).
 */
@RestController
@RequestMapping("/api/v1/municipalities/{code}")
@PreAuthorize("hasAnyRole('POLICY_OFFICER', 'COORDINATOR', 'NETWORK_ADMIN')")
@Tag(name = "Monitoring", description = "Monitoring en evaluatie: wat het programma oplevert, zonder personen")
class MonitoringController {

    private static final int MAX_EVALUATION_PERIODS = 200;
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final MunicipalityRegistry registry;
    private final MunicipalityMonitoring monitoring;
    private final EvaluationReports reports;
    private final ReportPdf pdf;
    private final EvaluationPeriods periods;
    private final Clock clock;

    MonitoringController(
            MunicipalityRegistry registry,
            MunicipalityMonitoring monitoring,
            EvaluationReports reports,
            EvaluationPeriods periods,
            ReportPdf pdf,
            Clock clock) {
        this.registry = registry;
        this.periods = periods;
        this.monitoring = monitoring;
        this.reports = reports;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/monitoring")
    @Operation(
            summary = "Every indicator for whole calendar months (default: the current month and the 11 before it)"
                    + " or exactly one of the municipality's evaluation periods; any other range is a 400. Counts"
                    + " under the threshold, and what would reveal them in any table, suppressed; with the"
                    + " indicative youth-care cost avoided and its assumptions. A coordinator (who sees every case"
                    + " anyway) gets the exact figures of their own municipality instead, marked internal"
                    + " (\"internal\": {\"exact\": true, \"mark\": \"intern — niet publiceren\"}); the export stays"
                    + " suppressed")
    MonitoringReport monitoring(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        MunicipalitySummary municipality = municipality(code);
        MonitoringPeriod period =
                MonitoringPeriods.forApi(from, to, LocalDate.now(clock), evaluationPeriods(municipality, from, to));
        String title = "Monitoring " + municipality.name();
        return CurrentUsers.current().map(CurrentUser::role).orElse(null) == Role.COORDINATOR
                ? monitoring.internalReport(ReportedMunicipalities.of(municipality), period, title)
                : monitoring.report(ReportedMunicipalities.of(municipality), period, title);
    }

    /** The report that may be published, whoever asks: what every export is made of. */
    private MonitoringReport published(String code, LocalDate from, LocalDate to) {
        MunicipalitySummary municipality = municipality(code);
        return monitoring.report(
                ReportedMunicipalities.of(municipality),
                MonitoringPeriods.forApi(from, to, LocalDate.now(clock), evaluationPeriods(municipality, from, to)),
                "Monitoring " + municipality.name());
    }

    @GetMapping(value = "/monitoring/export.csv", produces = "text/csv")
    @Operation(
            summary = "The same tables as CSV (tabel, rij, kolom, waarde), always suppressed: also a coordinator's"
                    + " export may be published")
    ResponseEntity<String> monitoringCsv(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        MonitoringReport report = published(code, from, to);
        return download(
                ReportCsv.of(report), CSV, "monitoring-" + code + "-" + report.from() + "-" + report.to() + ".csv");
    }

    @GetMapping("/evaluation-periods/{id}/report")
    @Operation(summary = "The evaluation period's report; a closed period's figures are those frozen at closing")
    MonitoringReport report(@PathVariable String code, @PathVariable UUID id) {
        return reports.report(municipality(code), id);
    }

    @GetMapping(value = "/evaluation-periods/{id}/report.csv", produces = "text/csv")
    @Operation(summary = "The evaluation period's report as CSV")
    ResponseEntity<String> reportCsv(@PathVariable String code, @PathVariable UUID id) {
        return download(ReportCsv.of(report(code, id)), CSV, "evaluatierapport-" + code + "-" + id + ".csv");
    }

    @GetMapping(value = "/evaluation-periods/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The evaluation period's report as PDF, with a title page")
    ResponseEntity<byte[]> reportPdf(@PathVariable String code, @PathVariable UUID id) {
        return download(
                pdf.render(report(code, id)),
                MediaType.APPLICATION_PDF,
                "evaluatierapport-" + code + "-" + id + ".pdf");
    }

    /** The municipality's evaluation periods, read only when the dates asked for are not whole months. */
    private List<MonitoringPeriod> evaluationPeriods(MunicipalitySummary municipality, LocalDate from, LocalDate to) {
        if (from == null || to == null || MonitoringPeriods.wholeMonths(from, to)) {
            return List.of();
        }
        return periods.list(municipality.code(), PageRequest.of(0, MAX_EVALUATION_PERIODS)).stream()
                .map(period -> new MonitoringPeriod(period.start(), period.end()))
                .toList();
    }

    private MunicipalitySummary municipality(String code) {
        return registry.findActiveMunicipality(code).orElseThrow(() -> NotFoundException.of("municipality", null));
    }

    private static <T> ResponseEntity<T> download(T body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
