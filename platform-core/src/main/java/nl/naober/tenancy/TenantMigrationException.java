package nl.naober.tenancy;

/** A tenant schema could not be created or migrated. */
public class TenantMigrationException extends RuntimeException {

    TenantMigrationException(Tenant tenant, Throwable cause) {
        super(
                "Migrating municipality " + tenant.code() + " (schema " + tenant.schema() + ") failed: "
                        + cause.getMessage(),
                cause);
    }
}
