/**
 * The archive format of a closed evaluation period's frozen report: {@link
 * nl.naober.monitoring.web.archive.ArchivedReport} records with an explicit format version, written once when the
 * period is closed and read back for every screen, REST call, CSV and PDF after that. The format is its own: it does
 * not depend on the REST API's DTOs or on the application's JSON settings, so changing the API does not change what
 * an archived report says. A report archived before the format existed (the REST DTO's JSON, without a version) is
 * read as format 0 and converted ({@link nl.naober.monitoring.web.archive.ReportArchive}).
 */
package nl.naober.monitoring.web.archive;
