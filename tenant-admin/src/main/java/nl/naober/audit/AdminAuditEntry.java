package nl.naober.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One administrative action: who, when, what, on which network or municipality, before and after. */
@Entity
@Table(name = "admin_audit", schema = "platform")
class AdminAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "network_code", updatable = false, length = 40)
    private @Nullable String networkCode;

    @Column(name = "municipality_code", updatable = false, length = 41)
    private @Nullable String municipalityCode;

    @Column(updatable = false, length = 200)
    private String target;

    @Column(name = "before_state", updatable = false)
    private @Nullable String before;

    @Column(name = "after_state", updatable = false)
    private @Nullable String after;

    protected AdminAuditEntry() {}

    AdminAuditEntry(AuditEvent event, String actor, Instant occurredAt) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = event.action();
        this.networkCode = event.networkCode();
        this.municipalityCode = event.municipalityCode();
        this.target = event.target();
        this.before = event.before();
        this.after = event.after();
    }

    AuditView toView() {
        return new AuditView(occurredAt, actor, action, networkCode, municipalityCode, target, before, after);
    }
}
