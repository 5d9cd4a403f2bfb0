package nl.naober.monitoring.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.naober.monitoring.report.Figure;
import org.springframework.boot.jackson.JacksonMixin;

/**
 * An average or median leaves the report without its n: the n is a count of cases, and the report shows counts only
 * where {@link nl.naober.monitoring.report.Suppression} lets it (the pilot's lead times carried the n that the
 * funnel beside them hid). Reports frozen with an n read back with 0 (see
 * {@link nl.naober.monitoring.web.archive.ReportArchive}, format 0). This annotation replaces {@link FigureJson}'s
 * for the type, so the display text is written.
 */
@JacksonMixin(Figure.Average.class)
@JsonIgnoreProperties({"n"})
interface AverageJson {}
