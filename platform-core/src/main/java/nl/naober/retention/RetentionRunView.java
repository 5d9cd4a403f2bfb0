package nl.naober.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A retention run as the privacy officer sees it.
 *
 * @param finishedAt {@code null} while it runs, or when it was cut off (the next run goes on where it stopped)
 * @param caseCutoff files whose last change is before this day were anonymised
 * @param logCutoff access-log lines from before this day were deleted
 * @param failed files that could not be anonymised this time (left untouched, tried again next run)
 */
public record RetentionRunView(
        UUID id,
        Instant startedAt,
        @Nullable Instant finishedAt,
        String startedBy,
        LocalDate caseCutoff,
        LocalDate logCutoff,
        int families,
        int supportFamilies,
        int accessLogLines,
        int failed) {}
