package nl.naober.programme;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Monday to Friday. Public holidays are not left out: a promise of "within 5 working days" is then kept a day
 * early around a holiday, never late.
 */
public final class WorkingDays {

    /** Whose days they are: a registration at 00:30 in Meppel arrived that day, whatever the server's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private WorkingDays() {}

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /** The day {@code n} working days after {@code from} (a weekend start counts from the next Monday). */
    public static LocalDate plus(LocalDate from, int n) {
        LocalDate day = from;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public static int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
