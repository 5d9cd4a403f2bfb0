/**
 * The presentation model of monitoring figures (cijfers): {@link nl.naober.monitoring.report.FigureTable}s of
 * {@link nl.naober.monitoring.report.Figure}s that screens, CSV, PDF and the REST API all render from, the
 * small-count {@link nl.naober.monitoring.report.Suppression} every aggregate passes before a policy officer or
 * a network sees it, and the indicative {@link nl.naober.monitoring.report.CostAvoided youth-care cost avoided}.
 * Pure Java: no Spring, no JPA, no I/O.
 */
@NamedInterface("monitoring-report")
package nl.naober.monitoring.report;

import org.springframework.modulith.NamedInterface;
