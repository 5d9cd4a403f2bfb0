package nl.naober.api.monitoring;

import java.time.LocalDate;
import nl.naober.core.monitoring.MonitoringPeriod;

/** Checks a period typed by a person before it reaches the queries. */
public final class MonitoringPeriods {

    static final String REVERSED = "monitoring.period.reversed";
    static final String TOO_LONG = "monitoring.period.tooLong";
    /** The longest period anyone may ask for, on screens and in the API. */
    public static final int MAX_YEARS = 10;

    private MonitoringPeriods() {}

    /** The period asked for in the API; a missing end is today, a missing start a year before the end. */
    public static MonitoringPeriod orLastYear(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to != null ? to : today;
        return of(from != null ? from : end.minusYears(1).plusDays(1), end);
    }

    public static MonitoringPeriod of(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidPeriodException(REVERSED);
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new InvalidPeriodException(TOO_LONG);
        }
        return new MonitoringPeriod(from, to);
    }
}
