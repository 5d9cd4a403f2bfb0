package nl.naober.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.naober.programme.RuleViolationException;
import org.jspecify.annotations.Nullable;

/** One request for the privacy officer's approval and what became of it. */
@Entity
@Table(name = "privacy_approval", schema = "platform")
class PrivacyApproval {

    static final Duration VALID_FOR = Duration.ofHours(24);

    @Id
    private UUID id;

    @Column(name = "municipality_code", nullable = false, updatable = false)
    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ApprovalKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalStatus status;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decision_note")
    private @Nullable String decisionNote;

    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;

    @Column(name = "used_by")
    private @Nullable String usedBy;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Version
    private long version;

    protected PrivacyApproval() {}

    PrivacyApproval(String municipalityCode, ApprovalKind kind, String reason, String requestedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.kind = kind;
        this.status = ApprovalStatus.REQUESTED;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    void decide(boolean approved, String by, @Nullable String note, Instant now) {
        if (status != ApprovalStatus.REQUESTED) {
            throw RuleViolationException.of("rule.privacy.approval.already-decided");
        }
        this.status = approved ? ApprovalStatus.APPROVED : ApprovalStatus.REFUSED;
        this.decidedBy = by;
        this.decidedAt = now;
        this.decisionNote = note;
        this.expiresAt = approved ? now.plus(VALID_FOR) : null;
    }

    boolean usableAt(Instant now) {
        return status == ApprovalStatus.APPROVED && now.isBefore(expiresAt);
    }

    void use(String by, Instant now) {
        this.status = ApprovalStatus.USED;
        this.usedBy = by;
        this.usedAt = now;
    }

    UUID id() {
        return id;
    }

    ApprovalKind kind() {
        return kind;
    }

    ApprovalView toView(Instant now) {
        ApprovalStatus shown =
                status == ApprovalStatus.APPROVED && !now.isBefore(expiresAt) ? ApprovalStatus.EXPIRED : status;
        return new ApprovalView(
                id,
                municipalityCode,
                kind,
                shown,
                reason,
                requestedBy,
                requestedAt,
                decidedBy,
                decidedAt,
                decisionNote,
                expiresAt,
                usedBy,
                usedAt,
                version);
    }
}
