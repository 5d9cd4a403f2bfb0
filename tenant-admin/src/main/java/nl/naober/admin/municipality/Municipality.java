package nl.naober.admin.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.naober.core.tenancy.Tenant;
import nl.naober.core.tenancy.TenantCode;

/** A municipality (the tenant) in the catalog, with the schema that holds its case data. */
@Entity
@Table(name = "municipality", schema = "platform")
class Municipality {

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
    }

    Tenant tenant() {
        return new Tenant(code, schemaName);
    }

    String code() {
        return code;
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
        this.statusReason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    MunicipalitySummary toSummary() {
        return new MunicipalitySummary(code, name, cbsCode, networkCode, status, statusReason, tenantChangelogVersion);
    }
}
