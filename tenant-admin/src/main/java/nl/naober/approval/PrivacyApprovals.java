package nl.naober.approval;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.naober.audit.AdminAudit;
import nl.naober.audit.AuditEvent;
import nl.naober.catalog.CatalogTransactional;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The privacy officer's approvals: a network admin asks (with a reason), the municipality's privacy officer approves
 * or refuses, an approval allows one use within 24 hours and says by whom and when it was used. Every step is in the
 * catalog's audit trail. The callers have checked who may act for which municipality.
 */
@Service
public class PrivacyApprovals {

    private static final String SUBJECT = "approval";

    private final PrivacyApprovalRepository approvals;
    private final AdminAudit audit;
    private final Clock clock;

    PrivacyApprovals(PrivacyApprovalRepository approvals, AdminAudit audit, Clock clock) {
        this.approvals = approvals;
        this.audit = audit;
        this.clock = clock;
    }

    @CatalogTransactional
    public ApprovalView request(String network, String municipality, ApprovalKind kind, String reason, String by) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw RuleViolationException.of("rule.privacy.approval.reason");
        }
        PrivacyApproval approval =
                approvals.save(new PrivacyApproval(municipality, kind, reason.strip(), by, clock.instant()));
        audit.record(new AuditEvent(
                "PRIVACY_APPROVAL_REQUESTED",
                network,
                municipality,
                approval.id().toString(),
                null,
                "kind=" + kind));
        return approval.toView(clock.instant());
    }

    @CatalogTransactional(readOnly = true)
    public Page<ApprovalView> list(String municipality, Pageable pageable) {
        Instant now = clock.instant();
        return approvals
                .findByMunicipalityCodeOrderByRequestedAtDesc(municipality, pageable)
                .map(a -> a.toView(now));
    }

    @CatalogTransactional
    public ApprovalView decide(String network, String municipality, UUID id, boolean approve, String note, String by) {
        PrivacyApproval approval = approvals
                .findByIdAndMunicipalityCode(id, municipality)
                .orElseThrow(() -> NotFoundException.of(SUBJECT, id));
        if (note != null && note.strip().length() > 500) {
            throw RuleViolationException.of("rule.privacy.approval.note");
        }
        approval.decide(approve, by, note == null || note.isBlank() ? null : note.strip(), clock.instant());
        audit.record(new AuditEvent(
                approve ? "PRIVACY_APPROVAL_GRANTED" : "PRIVACY_APPROVAL_REFUSED",
                network,
                municipality,
                id.toString(),
                "status=REQUESTED",
                "status=" + (approve ? ApprovalStatus.APPROVED : ApprovalStatus.REFUSED)));
        return approvals.saveAndFlush(approval).toView(clock.instant());
    }

    /** Whether an approval of this kind could be used now. */
    @CatalogTransactional(readOnly = true)
    public boolean usable(String municipality, ApprovalKind kind) {
        Instant now = clock.instant();
        return approvals
                .findByMunicipalityCodeAndKindAndStatusOrderByDecidedAtDesc(municipality, kind, ApprovalStatus.APPROVED)
                .stream()
                .anyMatch(a -> a.usableAt(now));
    }

    /**
     * Uses the most recent valid approval of this kind, or refuses with the rule that names what is missing. Meant to
     * run in the same catalog transaction as what it allows, so a failure leaves the approval unused.
     */
    @CatalogTransactional
    public UUID use(String network, String municipality, ApprovalKind kind, String by) {
        Instant now = clock.instant();
        PrivacyApproval approval = approvals
                .findByMunicipalityCodeAndKindAndStatusOrderByDecidedAtDesc(municipality, kind, ApprovalStatus.APPROVED)
                .stream()
                .filter(a -> a.usableAt(now))
                .findFirst()
                .orElseThrow(() -> RuleViolationException.of(
                        kind == ApprovalKind.EXPORT
                                ? "rule.privacy.approval.export-missing"
                                : "rule.privacy.approval.removal-missing"));
        approval.use(by, now);
        approvals.saveAndFlush(approval);
        audit.record(new AuditEvent(
                "PRIVACY_APPROVAL_USED",
                network,
                municipality,
                approval.id().toString(),
                "status=APPROVED",
                "status=USED"));
        return approval.id();
    }
}
