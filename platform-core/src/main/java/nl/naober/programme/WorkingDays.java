package nl.naober.programme;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Monday to Friday. Public holidays are not left out: a promise of "within 5 working days" is then kept a day
 * early around a holiday, never late.
 */
public final class WorkingDays {

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
