package nl.naober.accesslog;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A search of the log; every part is optional.
 *
 * @param person a record id: the family, support family, match or other record the line is about
 * @param from inclusive
 * @param to exclusive
 */
public record AccessLogQuery(
        @Nullable UUID person,
        @Nullable String username,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static AccessLogQuery aboutPerson(UUID person) {
        return new AccessLogQuery(person, null, null, null);
    }
}
