package nl.naober.retention;

import java.time.LocalDate;

/**
 * The dry run: what a run today would do, without doing it.
 *
 * @param retentionMonths the municipality's setting: how long a file is kept after its last change
 * @param caseCutoff files whose last change is before this day would be anonymised
 * @param logCutoff access-log lines from before this day would be deleted
 */
public record RetentionPreview(
        int retentionMonths, LocalDate caseCutoff, LocalDate logCutoff, RetentionCounts wouldAnonymise) {}
