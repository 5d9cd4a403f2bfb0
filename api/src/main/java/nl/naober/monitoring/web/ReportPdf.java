package nl.naober.monitoring.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.naober.evaluation.EvaluationPeriodView;
import nl.naober.monitoring.CoarserTrend;
import nl.naober.monitoring.MonitoringReport;
import nl.naober.monitoring.ReportSummary;
import nl.naober.monitoring.report.Suppression;
import nl.naober.programme.ProgrammeTime;
import nl.naober.web.pdf.XhtmlPdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A monitoring report as an A4 tagged PDF: a first page with the title, municipality, period, date of the figures
 * and the summary ({@link ReportSummary}), then how to read the tables ("&lt; 5", "verborgen", "geen budget
 * ingevoerd") and the charts ({@link PdfCharts}), one section per table, the indicative cost avoided and its
 * assumptions. Rendered from the XHTML template {@code monitoring/rapport-pdf.html} with the application's Thymeleaf
 * engine (Dutch), then by openhtmltopdf in its PDF/UA mode with an embedded font ({@link XhtmlPdf#renderTagged}), so
 * that a screen reader can follow it. Aggregates only, like the report.
 */
@Component
public class ReportPdf {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final ZoneId ZONE = ProgrammeTime.ZONE;
    private static final String TEMPLATE = "monitoring/rapport-pdf";

    private final ITemplateEngine templates;

    ReportPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The report over a chosen period, without evaluation-period details on its title page. */
    public byte[] render(MonitoringReport report) {
        return render(report, null);
    }

    /**
     * @param period the evaluation period the report is of, for its name, evaluation date and closing; {@code null}
     *     for a report over a chosen period
     */
    public byte[] render(MonitoringReport report, EvaluationPeriodView period) {
        return XhtmlPdf.renderTagged(html(report, period));
    }

    /** The XHTML the PDF is made of (also for tests and previews). */
    public String html(MonitoringReport report, EvaluationPeriodView period) {
        Context context = new Context(DUTCH);
        context.setVariable("report", report);
        context.setVariable("costTable", report.costAvoided().table());
        context.setVariable("summary", ReportSummary.of(report));
        context.setVariable("pdfCharts", PdfCharts.of(report).charts());
        context.setVariable("coarser", CoarserTrend.of(report));
        context.setVariable("derivedLegend", new Suppression(report.suppressionThreshold()).derivedLegend());
        context.setVariable("from", LONG.format(report.from()));
        context.setVariable("to", LONG.format(report.to()));
        context.setVariable("asOf", LONG.format(report.asOf()));
        context.setVariable("period", period);
        if (period != null) {
            context.setVariable("evaluationDate", LONG.format(period.evaluationDate()));
            context.setVariable(
                    "closedOn",
                    period.closedAt() == null
                            ? null
                            : LONG.format(period.closedAt().atZone(ZONE).toLocalDate()));
        }
        return templates.process(TEMPLATE, context);
    }
}
