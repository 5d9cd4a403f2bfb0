package nl.naober.privacy.accesslog;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import nl.naober.accesslog.AccessLogQuery;
import nl.naober.accesslog.AccessLogRow;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** The log as CSV (semicolons, for Dutch spreadsheets), read a thousand lines at a time, never all in memory. */
final class AccessLogCsv {

    static final String HEADER =
            "tijdstip;gebruiker;rol;actie;soort;record;gezin;steungezin;koppeling;velden;detail;" + "verzoek;adres\n";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(LogPeriod.ZONE);
    private static final int BATCH = 1000;

    private AccessLogCsv() {}

    static void write(AccessLogQuery query, Function<Pageable, Page<AccessLogRow>> search, Writer out)
            throws IOException {
        out.write(HEADER);
        Page<AccessLogRow> page;
        int number = 0;
        do {
            page = search.apply(PageRequest.of(number++, BATCH));
            for (AccessLogRow row : page.getContent()) {
                out.write(String.join(
                                ";",
                                TIME.format(row.occurredAt()),
                                cell(row.username()),
                                cell(row.role()),
                                row.action().name(),
                                row.recordType().name(),
                                cell(row.recordId()),
                                cell(row.familyId()),
                                cell(row.supportFamilyId()),
                                cell(row.matchId()),
                                cell(row.fields()),
                                cell(row.detail()),
                                cell(row.requestId()),
                                cell(row.clientAddress()))
                        + "\n");
            }
        } while (page.hasNext());
        out.flush();
    }

    /** Quoted when it holds a separator, a quote or a line break; a leading = + - @ cannot start a formula. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
