package nl.naober.monitoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A monitoring period, both ends inclusive: {@code [from, to]}.
 *
 * @param from the first day of the period
 * @param to the last day of the period, on or after {@code from}
 */
public record MonitoringPeriod(LocalDate from, LocalDate to) {

    public MonitoringPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its start");
        }
    }

    /** The day "at the end" of the period refers to: {@code min(to, asOf)}; before {@code from} if asOf is. */
    public LocalDate endAsOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return asOf.isBefore(to) ? asOf : to;
    }
}
