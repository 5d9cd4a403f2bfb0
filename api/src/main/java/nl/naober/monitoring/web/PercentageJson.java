package nl.naober.monitoring.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.naober.monitoring.report.Figure;
import org.springframework.boot.jackson.JacksonMixin;

/**
 * A percentage leaves the report without the counts it was computed from, for the reason given at
 * {@link AverageJson}. Reports frozen with them read back with 0 (see
 * {@link nl.naober.monitoring.web.archive.ReportArchive}, format 0).
 */
@JacksonMixin(Figure.Percentage.class)
@JsonIgnoreProperties({"numerator", "denominator"})
interface PercentageJson {}
