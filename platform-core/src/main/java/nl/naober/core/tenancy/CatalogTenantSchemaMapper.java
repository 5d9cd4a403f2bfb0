package nl.naober.core.tenancy;

import org.hibernate.context.spi.TenantSchemaMapper;

/**
 * Maps a municipality code to its schema through the directory, so a schema name only ever comes from a code the
 * catalog knows. Hibernate calls {@code Connection.setSchema} with it when a session obtains its connection and
 * restores the pool's schema on release. A session without a tenant context fails here, before any SQL runs.
 */
class CatalogTenantSchemaMapper implements TenantSchemaMapper<String> {

    private final TenantDirectory directory;

    CatalogTenantSchemaMapper(TenantDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String schemaName(String code) {
        if (TenantIdentifierResolver.NO_TENANT.equals(code)) {
            throw new NoTenantContextException();
        }
        return directory
                .findActive(code)
                .map(Tenant::schema)
                .orElseThrow(() -> new IllegalStateException("municipality is not active: " + code));
    }
}
