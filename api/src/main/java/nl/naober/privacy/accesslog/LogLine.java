package nl.naober.privacy.accesslog;

import java.time.format.DateTimeFormatter;
import nl.naober.accesslog.AccessLogRow;

/** A line of the log as a screen shows it: the time in the municipality's zone, the rest as stored. */
record LogLine(
        String when,
        String isoWhen,
        String username,
        String role,
        String action,
        String recordType,
        String recordId,
        String fields,
        String detail) {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(LogPeriod.ZONE);

    static LogLine of(AccessLogRow row) {
        return new LogLine(
                WHEN.format(row.occurredAt()),
                row.occurredAt().toString(),
                row.username(),
                row.role(),
                row.action().name(),
                row.recordType().name(),
                row.recordId() == null ? "" : row.recordId().toString(),
                row.fields() == null ? "" : row.fields().replace(",", ", "),
                row.detail() == null ? "" : row.detail());
    }
}
