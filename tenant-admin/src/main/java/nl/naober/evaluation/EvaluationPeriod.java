package nl.naober.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A period a municipality funds and evaluates, e.g. "Pilot Midden-Drenthe", 2023-03-01..2025-06-30. Once closed it
 * cannot be edited. {@code frozen_figures} is reserved for the monitoring issue, which freezes the period's figures
 * when it is closed; it stays null until then.
 */
@Entity
@Table(name = "evaluation_period", schema = "platform")
class EvaluationPeriod {

    @Id
    private UUID id;

    @Column(name = "municipality_code", nullable = false, updatable = false, length = 41)
    private String municipalityCode;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @Column(name = "end_date", nullable = false)
    private LocalDate end;

    @Column(name = "evaluation_date", nullable = false)
    private LocalDate evaluationDate;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "frozen_figures")
    private String frozenFigures;

    @Version
    private Long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected EvaluationPeriod() {}

    EvaluationPeriod(String municipalityCode, EvaluationPeriodInput input, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.createdAt = createdAt;
        change(input);
    }

    void change(EvaluationPeriodInput input) {
        this.name = input.name().strip();
        this.start = input.start();
        this.end = input.end();
        this.evaluationDate = input.evaluationDate();
    }

    void close(String by, Instant at, String figures) {
        this.closedBy = by;
        this.closedAt = at;
        this.frozenFigures = figures;
    }

    boolean closed() {
        return closedAt != null;
    }

    UUID id() {
        return id;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    long version() {
        return version == null ? 0 : version;
    }

    EvaluationPeriodView toView() {
        return new EvaluationPeriodView(
                id,
                municipalityCode,
                name,
                start,
                end,
                evaluationDate,
                closed(),
                closedAt,
                closedBy,
                frozenFigures != null,
                version());
    }

    Optional<String> frozenFigures() {
        return Optional.ofNullable(frozenFigures);
    }

    String auditState() {
        return "name=" + name + ", period=" + start + ".." + end + ", evaluationDate=" + evaluationDate
                + (closed() ? ", closed" : "");
    }
}
