package nl.naober.importing;

import java.util.List;

/**
 * What a run found and did.
 *
 * @param committed true only for an import without any problem: then everything in the summary was stored
 */
record ImportOutcome(boolean dryRun, boolean committed, List<ImportProblem> problems, ImportSummary summary) {

    ImportOutcome {
        problems = List.copyOf(problems);
    }
}
