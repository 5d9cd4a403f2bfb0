package nl.naober.appointment.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.naober.programme.ProgrammeTime;

/**
 * A minimal iCalendar (RFC 5545) writer: what a calendar subscription needs and no more. Lines end in CRLF and are
 * folded at 75 octets (never inside a UTF-8 character); TEXT values escape backslash, semicolon, comma and newlines;
 * local times carry TZID (Amsterdam), defined once in a VTIMEZONE with the EU summer-time rules.
 */
final class ICalendar {

    static final String TZID = ProgrammeTime.ZONE_ID;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    /** One event; times are Amsterdam time ({@link ProgrammeTime}). */
    record Event(String uid, Instant stamp, LocalDateTime start, LocalDateTime end, String summary, String status) {}

    private final StringBuilder text = new StringBuilder();

    private ICalendar() {}

    /** @param name the calendar's name, as Outlook and others show it (X-WR-CALNAME) */
    static String of(String productId, String name, List<Event> events) {
        ICalendar calendar = new ICalendar();
        calendar.line("BEGIN:VCALENDAR");
        calendar.line("VERSION:2.0");
        calendar.line("PRODID:" + productId);
        calendar.line("CALSCALE:GREGORIAN");
        calendar.line("METHOD:PUBLISH");
        calendar.line("X-WR-CALNAME:" + escape(name));
        calendar.line("X-WR-TIMEZONE:" + TZID);
        calendar.timezone();
        for (Event event : events) {
            calendar.line("BEGIN:VEVENT");
            calendar.line("UID:" + event.uid());
            calendar.line("DTSTAMP:" + UTC.format(event.stamp()));
            calendar.line("DTSTART;TZID=" + TZID + ":" + LOCAL.format(event.start()));
            calendar.line("DTEND;TZID=" + TZID + ":" + LOCAL.format(event.end()));
            calendar.line("SUMMARY:" + escape(event.summary()));
            calendar.line("STATUS:" + event.status());
            calendar.line("TRANSP:OPAQUE");
            calendar.line("CLASS:PRIVATE");
            calendar.line("END:VEVENT");
        }
        calendar.line("END:VCALENDAR");
        return calendar.text.toString();
    }

    /** Central European Time with the EU rules (since 1996): last Sunday of March and of October. */
    private void timezone() {
        line("BEGIN:VTIMEZONE");
        line("TZID:" + TZID);
        line("BEGIN:DAYLIGHT");
        line("TZOFFSETFROM:+0100");
        line("TZOFFSETTO:+0200");
        line("TZNAME:CEST");
        line("DTSTART:19700329T020000");
        line("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        line("END:DAYLIGHT");
        line("BEGIN:STANDARD");
        line("TZOFFSETFROM:+0200");
        line("TZOFFSETTO:+0100");
        line("TZNAME:CET");
        line("DTSTART:19701025T030000");
        line("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        line("END:STANDARD");
        line("END:VTIMEZONE");
    }

    /** RFC 5545 3.3.11: backslash, semicolon and comma escaped, a newline as \n. */
    static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** RFC 5545 3.1: a content line longer than 75 octets goes on in lines that start with one space. */
    private void line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                text.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            text.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        text.append("\r\n");
    }
}
