package nl.naober.monitoring.screens;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.naober.evaluation.EvaluationPeriodView;
import nl.naober.evaluation.EvaluationPeriods;
import nl.naober.identity.CurrentUser;
import nl.naober.monitoring.CoarserTrend;
import nl.naober.monitoring.MonitoringReport;
import nl.naober.monitoring.MunicipalityMonitoring;
import nl.naober.monitoring.ReportSummary;
import nl.naober.monitoring.web.EvaluationReports;
import nl.naober.monitoring.web.ReportCsv;
import nl.naober.monitoring.web.ReportPdf;
import nl.naober.monitoring.web.ReportedMunicipalities;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.programme.NotFoundException;
import nl.naober.security.CurrentUsers;
import nl.naober.web.StaffScreen;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Monitoring of the user's own municipality (there is none in the URL): the dashboard over a chosen period, its CSV
 * and PDF, and the evaluation periods with their reports. Aggregates only, every count already suppressed.
 */
@StaffScreen
@Controller
@RequestMapping("/monitoring")
@PreAuthorize("hasAnyRole('POLICY_OFFICER','COORDINATOR')")
class MonitoringScreens {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final int PAGE_SIZE = 20;

    private final MunicipalityRegistry registry;
    private final MunicipalityMonitoring monitoring;
    private final EvaluationReports reports;
    private final EvaluationPeriods periods;
    private final ReportPdf pdf;
    private final MessageSource messages;
    private final Clock clock;
    private final LeaveReasonTable leaveReasons;
    private final TrialEndReasonTable trialEndReasons;

    MonitoringScreens(
            LeaveReasonTable leaveReasons,
            TrialEndReasonTable trialEndReasons,
            MunicipalityRegistry registry,
            MunicipalityMonitoring monitoring,
            EvaluationReports reports,
            EvaluationPeriods periods,
            ReportPdf pdf,
            MessageSource messages,
            Clock clock) {
        this.leaveReasons = leaveReasons;
        this.trialEndReasons = trialEndReasons;
        this.registry = registry;
        this.monitoring = monitoring;
        this.reports = reports;
        this.periods = periods;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String dashboard(
            @RequestParam(required = false) String van,
            @RequestParam(required = false) String tot,
            Model model,
            HttpServletResponse response) {
        MunicipalitySummary municipality = ownMunicipality();
        PeriodForm form = PeriodForm.of(van, tot, LocalDate.now(clock));
        model.addAttribute("municipality", municipality);
        model.addAttribute("form", form);
        if (form.valid()) {
            // the coordinator sees every case anyway: their screen is exact, marked internal; the downloads are not
            boolean exact = isCoordinator();
            MonitoringReport report = exact ? internalReport(municipality, form) : report(municipality, form);
            addReport(model, report);
            model.addAttribute("leaveReasons", leaveReasons.of(municipality, form.period(), exact));
            model.addAttribute("trialEndReasons", trialEndReasons.of(municipality, form.period(), exact));
            String query = "?" + form.query();
            model.addAttribute("csvUrl", "/monitoring/export.csv" + query);
            model.addAttribute("pdfUrl", "/monitoring/export.pdf" + query);
        } else {
            // the form again, with what is wrong; no figures for a period that may not be asked for
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "monitoring/dashboard";
    }

    @GetMapping("/export.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String van, @RequestParam(required = false) String tot) {
        MunicipalitySummary municipality = ownMunicipality();
        PeriodForm form = PeriodForm.of(van, tot, LocalDate.now(clock));
        if (!form.valid()) {
            return Downloads.backToTheForm(van, tot);
        }
        return Downloads.csv(
                excelCsv(report(municipality, form)),
                "monitoring-" + municipality.code() + "-" + form.isoFrom() + "-" + form.isoTo() + ".csv");
    }

    @GetMapping("/export.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String van, @RequestParam(required = false) String tot) {
        MunicipalitySummary municipality = ownMunicipality();
        PeriodForm form = PeriodForm.of(van, tot, LocalDate.now(clock));
        if (!form.valid()) {
            return Downloads.backToTheForm(van, tot);
        }
        return Downloads.pdf(
                pdf.render(report(municipality, form), null),
                "monitoring-" + municipality.code() + "-" + form.isoFrom() + "-" + form.isoTo() + ".pdf");
    }

    @GetMapping("/evaluatieperiodes")
    String periods(@RequestParam(defaultValue = "0") int page, Model model) {
        MunicipalitySummary municipality = ownMunicipality();
        Page<EvaluationPeriodView> list = periods.list(
                municipality.code(),
                PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "start")));
        model.addAttribute("municipality", municipality);
        model.addAttribute("periods", list.getContent().stream().map(this::row).toList());
        model.addAttribute("page", list);
        return "monitoring/evaluatieperiodes";
    }

    @GetMapping("/evaluatieperiodes/{id}")
    String period(@PathVariable UUID id, Model model) {
        MunicipalitySummary municipality = ownMunicipality();
        EvaluationPeriodView period = periods.get(municipality.code(), id);
        MonitoringReport report = reports.report(municipality, id);
        model.addAttribute("municipality", municipality);
        model.addAttribute("period", row(period));
        addReport(model, report);
        model.addAttribute("csvUrl", "/monitoring/evaluatieperiodes/" + id + "/rapport.csv");
        model.addAttribute("pdfUrl", "/monitoring/evaluatieperiodes/" + id + "/rapport.pdf");
        return "monitoring/evaluatierapport";
    }

    @GetMapping("/evaluatieperiodes/{id}/rapport.pdf")
    ResponseEntity<byte[]> periodPdf(@PathVariable UUID id) {
        MunicipalitySummary municipality = ownMunicipality();
        EvaluationPeriodView period = periods.get(municipality.code(), id);
        return Downloads.pdf(
                pdf.render(reports.report(municipality, id), period), periodFileName(municipality, period, "pdf"));
    }

    @GetMapping("/evaluatieperiodes/{id}/rapport.csv")
    ResponseEntity<String> periodCsv(@PathVariable UUID id) {
        MunicipalitySummary municipality = ownMunicipality();
        EvaluationPeriodView period = periods.get(municipality.code(), id);
        return Downloads.csv(excelCsv(reports.report(municipality, id)), periodFileName(municipality, period, "csv"));
    }

    /** A period as the list and the report page show it. */
    record PeriodRow(
            UUID id,
            String name,
            String dates,
            String evaluationDate,
            boolean closed,
            String closedOn,
            boolean figuresFrozen) {}

    private PeriodRow row(EvaluationPeriodView period) {
        String closedOn = period.closedAt() == null
                ? null
                : LONG.format(period.closedAt().atZone(clock.getZone()).toLocalDate());
        return new PeriodRow(
                period.id(),
                period.name(),
                LONG.format(period.start()) + " t/m " + LONG.format(period.end()),
                LONG.format(period.evaluationDate()),
                period.closed(),
                closedOn,
                period.figuresFrozen());
    }

    private static boolean isCoordinator() {
        return CurrentUsers.current().map(CurrentUser::role).orElse(null) == nl.naober.identity.Role.COORDINATOR;
    }

    private MonitoringReport internalReport(MunicipalitySummary municipality, PeriodForm form) {
        return monitoring.internalReport(
                ReportedMunicipalities.of(municipality), form.period(), title(municipality, form));
    }

    /** The report that may be published, whoever asks: the one every download is made of. */
    private MonitoringReport report(MunicipalitySummary municipality, PeriodForm form) {
        return monitoring.report(ReportedMunicipalities.of(municipality), form.period(), title(municipality, form));
    }

    private String title(MunicipalitySummary municipality, PeriodForm form) {
        return messages.getMessage(
                "monitoring.report.title",
                new Object[] {
                    municipality.name(),
                    LONG.format(form.period().from()),
                    LONG.format(form.period().to())
                },
                DUTCH);
    }

    private static void addReport(Model model, MonitoringReport report) {
        model.addAttribute("report", report);
        model.addAttribute("charts", Charts.of(report));
        model.addAttribute("costTable", report.costAvoided().table());
        model.addAttribute("reportFrom", LONG.format(report.from()));
        model.addAttribute("reportTo", LONG.format(report.to()));
        model.addAttribute("reportAsOf", LONG.format(report.asOf()));
        model.addAttribute("hasSuppressed", hasSuppressed(report));
        model.addAttribute("summary", ReportSummary.of(report));
        model.addAttribute("coarser", CoarserTrend.of(report));
        model.addAttribute(
                "derivedLegend",
                new nl.naober.monitoring.report.Suppression(report.suppressionThreshold()).derivedLegend());
    }

    /** The "voor Excel" download: semicolons, decimal comma, byte order mark, one block per table. */
    private static String excelCsv(MonitoringReport report) {
        return ReportCsv.forExcel(
                report, new nl.naober.monitoring.report.Suppression(report.suppressionThreshold()).derivedLegend());
    }

    private static boolean hasSuppressed(MonitoringReport report) {
        List<nl.naober.monitoring.report.FigureTable> all = new ArrayList<>(report.tables());
        all.add(report.costAvoided().table());
        return all.stream()
                .flatMap(t -> java.util.stream.Stream.concat(t.rows().stream(), t.totalRow().stream()))
                .flatMap(r -> r.cells().stream())
                .anyMatch(c -> c instanceof nl.naober.monitoring.report.Figure.Suppressed);
    }

    /** The logged-in user's own municipality; never one from the request. */
    private MunicipalitySummary ownMunicipality() {
        return CurrentUsers.current()
                .flatMap(CurrentUser::municipalityCode)
                .flatMap(registry::findActiveMunicipality)
                .orElseThrow(() -> NotFoundException.of("municipality", null));
    }

    private static String periodFileName(MunicipalitySummary municipality, EvaluationPeriodView period, String ext) {
        return "evaluatierapport-" + municipality.code() + "-" + period.start() + "-" + period.end() + "." + ext;
    }
}
