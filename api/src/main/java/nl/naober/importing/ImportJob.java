package nl.naober.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One import or dry run in the background: whose it is, how far it got, and what it found. Kept in memory on the
 * instance that runs it (see docs/import.md: a job is polled on the instance that answered its POST).
 */
final class ImportJob {

    enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    private final UUID id = UUID.randomUUID();
    private final String municipality;
    private final String username;
    private final String fileName;
    private final boolean dryRun;
    private final Instant createdAt;
    private volatile List<Upload> uploads;
    private volatile State state = State.QUEUED;
    private volatile int done;
    private volatile int total;
    private volatile ImportOutcome outcome;

    ImportJob(String municipality, String username, List<Upload> uploads, boolean dryRun, Instant createdAt) {
        this.municipality = municipality;
        this.username = username;
        this.uploads = List.copyOf(uploads);
        this.fileName = String.join(", ", uploads.stream().map(Upload::name).toList());
        this.dryRun = dryRun;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    String municipality() {
        return municipality;
    }

    String username() {
        return username;
    }

    String fileName() {
        return fileName;
    }

    boolean dryRun() {
        return dryRun;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** The uploaded files: kept after a sound dry run so the screen can import them without a second upload. */
    List<Upload> uploads() {
        return uploads;
    }

    State state() {
        return state;
    }

    int done() {
        return done;
    }

    int total() {
        return total;
    }

    ImportOutcome outcome() {
        return outcome;
    }

    boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    void running() {
        state = State.RUNNING;
    }

    void progress(int done, int total) {
        this.done = done;
        this.total = total;
    }

    void finished(ImportOutcome outcome) {
        this.outcome = outcome;
        this.state = State.DONE;
        if (!dryRun || !outcome.problems().isEmpty()) {
            this.uploads = List.of();
        }
    }

    void failed(ImportOutcome outcome) {
        this.outcome = outcome;
        this.state = State.FAILED;
        this.uploads = List.of();
    }
}
