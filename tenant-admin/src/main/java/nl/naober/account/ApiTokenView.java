package nl.naober.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A token as a list shows it: never the token, only its prefix and last four characters ({@code nbr_…x7Qa}).
 *
 * @param lastUsedAt the last request with it, to the minute (not written more often)
 * @param active neither revoked nor expired
 */
public record ApiTokenView(
        long id,
        String name,
        String hint,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        boolean active) {

    /** The last day it works: it expires at the end of that day (UTC). */
    public LocalDate lastDay() {
        return LocalDate.ofInstant(expiresAt.minusSeconds(1), ZoneOffset.UTC);
    }
}
