package nl.naober.importing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A job as REST and the screen's progress bar see it.
 *
 * @param state QUEUED, RUNNING, DONE or FAILED
 * @param done steps done of {@code total} (rows of the people's sheets, then events in date order)
 * @param committed true when the import stored everything; false for a dry run and for any run with problems
 * @param summary per sheet: created (for a dry run: would be created) and already imported by an earlier file
 */
record ImportJobView(
        UUID id,
        String fileName,
        boolean dryRun,
        String state,
        int done,
        int total,
        boolean committed,
        List<ImportProblem> problems,
        Map<String, ImportSummary.Count> summary,
        String summaryLine) {

    static ImportJobView of(ImportJob job) {
        ImportOutcome outcome = job.outcome();
        return new ImportJobView(
                job.id(),
                job.fileName(),
                job.dryRun(),
                job.state().name(),
                job.done(),
                job.total(),
                outcome != null && outcome.committed(),
                outcome == null ? List.of() : outcome.problems(),
                outcome == null ? Map.of() : outcome.summary().bySheet(),
                outcome == null ? null : outcome.summary().line());
    }

    /** Rows created (or, for a dry run, to be created) over all sheets. */
    public int created() {
        return summary.values().stream().mapToInt(ImportSummary.Count::created).sum();
    }
}
