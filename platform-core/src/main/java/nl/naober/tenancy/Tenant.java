package nl.naober.tenancy;

/**
 * A municipality as the tenancy mechanism sees it: its code and the schema that holds its case data. Instances
 * come from the {@link TenantDirectory}, so the schema name has been validated against the catalog.
 */
public record Tenant(String code, String schema) {

    public Tenant {
        if (!TenantCode.isValid(code)) {
            throw new IllegalArgumentException("not a valid municipality code");
        }
        if (!TenantCode.schemaFor(code).equals(schema)) {
            throw new IllegalArgumentException("schema does not belong to municipality " + code);
        }
    }

    public static Tenant of(String code) {
        return new Tenant(code, TenantCode.schemaFor(code));
    }
}
