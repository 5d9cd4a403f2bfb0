package nl.naober.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.naober.programme.RuleViolationException;
import org.jspecify.annotations.Nullable;

/** A coordinator's request to erase a family or support family, decided once by the privacy officer. */
@Entity
@Table(name = "erasure_request")
class ErasureRequest {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 20)
    private FileKind subjectType;

    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ErasureGround ground;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ErasureStatus status;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 100)
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Version
    private long version;

    protected ErasureRequest() {}

    ErasureRequest(FileKind subjectType, UUID subjectId, ErasureGround ground, String requestedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.ground = ground;
        this.status = ErasureStatus.REQUESTED;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
    }

    FileKind subjectType() {
        return subjectType;
    }

    UUID subjectId() {
        return subjectId;
    }

    void decide(ErasureStatus outcome, String by, Instant at) {
        if (status != ErasureStatus.REQUESTED) {
            throw RuleViolationException.of("rule.erasure.already-decided");
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    ErasureRequestView view() {
        return new ErasureRequestView(
                id, subjectType, subjectId, ground, status, requestedBy, requestedAt, decidedBy, decidedAt);
    }
}
