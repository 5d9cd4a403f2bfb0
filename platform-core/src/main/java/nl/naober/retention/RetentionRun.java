package nl.naober.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One run of the retention job in a municipality: when, the cut-offs it used and what it did, in counts. */
@Entity
@Table(name = "retention_run")
class RetentionRun {

    @Id
    private UUID id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "case_cutoff", nullable = false)
    private LocalDate caseCutoff;

    @Column(name = "log_cutoff", nullable = false)
    private LocalDate logCutoff;

    @Column(nullable = false)
    private int families;

    @Column(name = "support_families", nullable = false)
    private int supportFamilies;

    @Column(name = "access_log_lines", nullable = false)
    private int accessLogLines;

    @Column(nullable = false)
    private int failed;

    protected RetentionRun() {}

    RetentionRun(Instant startedAt, String startedBy, LocalDate caseCutoff, LocalDate logCutoff) {
        this.id = UUID.randomUUID();
        this.startedAt = startedAt;
        this.startedBy = startedBy;
        this.caseCutoff = caseCutoff;
        this.logCutoff = logCutoff;
    }

    void finish(Instant at, RetentionCounts done, int failures) {
        this.finishedAt = at;
        this.families = done.families();
        this.supportFamilies = done.supportFamilies();
        this.accessLogLines = done.accessLogLines();
        this.failed = failures;
    }

    RetentionRunView view() {
        return new RetentionRunView(
                id,
                startedAt,
                finishedAt,
                startedBy,
                caseCutoff,
                logCutoff,
                families,
                supportFamilies,
                accessLogLines,
                failed);
    }
}
