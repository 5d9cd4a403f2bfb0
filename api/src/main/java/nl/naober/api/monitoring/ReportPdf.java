package nl.naober.api.monitoring;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.naober.admin.evaluation.EvaluationPeriodView;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A monitoring report as an A4 PDF: a title page (title, municipality, period, date of the figures, the indicative
 * note), one section per table, then the assumptions and the suppression legend. Rendered from the XHTML template
 * {@code monitoring/rapport-pdf.html} with the application's Thymeleaf engine (Dutch), then by openhtmltopdf with its
 * built-in PDF fonts, which hold every character the report uses (ë, €, –, ×). Aggregates only, like the report.
 */
@Component
public class ReportPdf {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
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
        return XhtmlPdf.render(html(report, period));
    }

    /** The XHTML the PDF is made of (also for tests and previews). */
    public String html(MonitoringReport report, EvaluationPeriodView period) {
        Context context = new Context(DUTCH);
        context.setVariable("report", report);
        context.setVariable("costTable", report.costAvoided().table());
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
