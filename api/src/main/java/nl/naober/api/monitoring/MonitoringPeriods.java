package nl.naober.api.monitoring;

import java.time.LocalDate;
import nl.naober.core.monitoring.MonitoringPeriod;

/** Checks a period typed by a person before it reaches the queries. */
public final class MonitoringPeriods {

    static final String REVERSED = "monitoring.period.reversed";
    static final String TOO_LONG = "monitoring.period.tooLong";
    private static final int MAX_YEARS = 10;

    private MonitoringPeriods() {}

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
