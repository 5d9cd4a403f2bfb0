package nl.naober.monitoring;

/**
 * The municipality a report is about, as monitoring needs it: the code of its tenant schema and the name printed on
 * the report. The catalog's own summary stays in the catalog; the web layer passes these two.
 */
public record ReportedMunicipality(String code, String name) {}
