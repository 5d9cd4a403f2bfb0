package nl.naober.importing;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * Something that happened to a case, taken from a row, applied in date order across all sheets: a programme's
 * history only replays in the order it happened (a family withdrawn after its match ended cannot be withdrawn before
 * the match is imported).
 *
 * @param rank orders events of the same day: intake, status change into the programme, proposal, trial start,
 *     evaluation, outcome, closing or cancellation, status change out of the programme
 */
record ImportEvent(LocalDate date, int rank, SheetRow row, Step step) {

    static final int INTAKE = 1;
    static final int STATUS_IN = 2;
    static final int PROPOSAL = 3;
    static final int TRIAL = 4;
    static final int EVALUATION = 5;
    static final int OUTCOME = 6;
    static final int CLOSING = 7;
    static final int STATUS_OUT = 8;

    static final Comparator<ImportEvent> ORDER = Comparator.comparing(ImportEvent::date)
            .thenComparingInt(ImportEvent::rank)
            .thenComparing(e -> e.row().kind())
            .thenComparingInt(e -> e.row().number());

    /** The change itself, run through the services. */
    interface Step {
        void apply(ImportRun run);
    }
}
