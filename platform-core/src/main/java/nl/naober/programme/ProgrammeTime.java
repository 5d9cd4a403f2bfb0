package nl.naober.programme;

import java.time.ZoneId;

/**
 * The one time zone of Naober's days and times: the municipalities are Dutch, so "today", a screen's 14:05, a
 * 07:00 job and a date cut off in SQL are Amsterdam's whatever zone the server runs in. Named here only (checked by
 * {@code OneTimeZoneTest}).
 */
public final class ProgrammeTime {

    /** The zone's name, for what needs a constant string: {@code @Scheduled(zone = …)}, SQL, iCalendar's TZID. */
    public static final String ZONE_ID = "Europe/Amsterdam";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private ProgrammeTime() {}
}
