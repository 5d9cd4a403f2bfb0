package nl.naober.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantCode;
import org.springframework.data.domain.Persistable;

/** A municipality (the tenant) in the catalog, with the schema that holds its case data. */
@Entity
@Table(name = "municipality", schema = "platform")
class Municipality implements Persistable<String> {

    @Id
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "cbs_code", nullable = false, length = 6)
    private String cbsCode;

    @Column(name = "network_code", nullable = false, length = 40)
    private String networkCode;

    @Column(name = "schema_name", nullable = false, length = 63)
    private String schemaName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MunicipalityStatus status;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "tenant_changelog_version", length = 200)
    private String tenantChangelogVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "programme_start")
    private LocalDate programmeStart;

    /** When the last offboarding export was made while suspended; cleared on reactivation. */
    @Column(name = "exported_at")
    private Instant exportedAt;

    /**
     * A new row is inserted, never merged: with an assigned id, Spring Data would otherwise turn a concurrent
     * onboarding of the same code into an update of the other one's row instead of a duplicate-key conflict.
     */
    @Transient
    private boolean isNew;

    protected Municipality() {}

    Municipality(
            String code,
            String name,
            String cbsCode,
            String networkCode,
            MunicipalityStatus status,
            Instant createdAt) {
        this.code = code;
        this.name = name;
        this.cbsCode = cbsCode;
        this.networkCode = networkCode;
        this.schemaName = TenantCode.schemaFor(code);
        this.status = status;
        this.createdAt = createdAt;
        this.isNew = true;
    }

    @Override
    public String getId() {
        return code;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void stored() {
        this.isNew = false;
    }

    Municipality(NewMunicipality command, Instant createdAt) {
        this(
                command.code(),
                command.name().strip(),
                command.cbsCode(),
                command.networkCode(),
                MunicipalityStatus.PROVISIONING,
                createdAt);
        this.programmeStart = command.programmeStart();
    }

    Tenant tenant() {
        return new Tenant(code, schemaName);
    }

    String code() {
        return code;
    }

    String networkCode() {
        return networkCode;
    }

    String name() {
        return name;
    }

    String cbsCode() {
        return cbsCode;
    }

    MunicipalityStatus status() {
        return status;
    }

    Instant exportedAt() {
        return exportedAt;
    }

    /** Back to PROVISIONING for a retry; the reason of the failure is kept in the audit trail. */
    void provisioning() {
        this.status = MunicipalityStatus.PROVISIONING;
        this.statusReason = null;
    }

    /** Suspended, with why (issue 15: the network admin states it; null from an older client). */
    void suspend(String reason) {
        this.status = MunicipalityStatus.SUSPENDED;
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        this.statusReason = text != null && text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    /** An export made before is stale once the municipality works again, so removal needs a new one. */
    void reactivate() {
        this.status = MunicipalityStatus.ACTIVE;
        this.statusReason = null;
        this.exportedAt = null;
    }

    void exported(Instant at) {
        this.exportedAt = at;
    }

    String tenantChangelogVersion() {
        return tenantChangelogVersion;
    }

    void migrated(String version) {
        this.tenantChangelogVersion = version;
    }

    void activate(String version) {
        this.tenantChangelogVersion = version;
        this.status = MunicipalityStatus.ACTIVE;
        this.statusReason = null;
    }

    void fail(String reason) {
        this.status = MunicipalityStatus.FAILED;
        String text = reason == null ? "unknown error" : reason;
        this.statusReason = text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    MunicipalityDetails toDetails() {
        return new MunicipalityDetails(
                code,
                name,
                cbsCode,
                networkCode,
                status,
                statusReason,
                tenantChangelogVersion,
                programmeStart,
                createdAt,
                exportedAt);
    }

    MunicipalitySummary toSummary() {
        return new MunicipalitySummary(code, name, cbsCode, networkCode, status, statusReason, tenantChangelogVersion);
    }
}
