package nl.naober.privacy.accesslog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.naober.accesslog.AccessLogQuery;
import nl.naober.programme.ProgrammeTime;

/**
 * A search of the log as people ask it: days from and to, both included, in the municipality's time.
 *
 * @throws InvalidLogSearchException when the period ends before it starts
 */
record LogPeriod(LocalDate from, LocalDate to) {

    static final ZoneId ZONE = ProgrammeTime.ZONE;

    LogPeriod {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidLogSearchException("to-before-from");
        }
    }

    AccessLogQuery query(UUID person, String username) {
        Instant start = from == null ? null : from.atStartOfDay(ZONE).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant();
        return new AccessLogQuery(person, username == null || username.isBlank() ? null : username.strip(), start, end);
    }

    /** For the log's own line: what was searched, never more than ids, a username and dates. */
    static String describe(UUID person, String username, LogPeriod period) {
        return "person=" + (person == null ? "" : person) + " user=" + (username == null ? "" : username.strip())
                + " from=" + (period.from() == null ? "" : period.from()) + " to="
                + (period.to() == null ? "" : period.to());
    }
}
