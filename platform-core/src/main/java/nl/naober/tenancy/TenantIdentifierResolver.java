package nl.naober.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Hands Hibernate the current municipality code when a session opens. Without a tenant context the session gets
 * {@link #NO_TENANT}: it may be opened (Spring Data validates queries at start-up that way), but the first
 * statement fails, because {@link CatalogTenantSchemaMapper} refuses to give that session a schema.
 */
class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    /** Never a valid municipality code, so never a schema. */
    static final String NO_TENANT = "<no tenant context>";

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current().map(Tenant::code).orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
