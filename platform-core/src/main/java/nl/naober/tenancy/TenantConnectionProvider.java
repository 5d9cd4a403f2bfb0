package nl.naober.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Gives a Hibernate session a connection in its municipality's schema and database role, through the directory, so a
 * schema or role name only ever comes from a code the catalog knows. A session without a tenant context fails here,
 * before any SQL runs. Connections without a tenant (Hibernate's own start-up) stay in the catalog role.
 */
class TenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    private final TenantDirectory directory;
    private final TenantConnections connections;

    TenantConnectionProvider(TenantDirectory directory, TenantConnections connections) {
        this.directory = directory;
        this.connections = connections;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return connections.openCatalog();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String code) throws SQLException {
        if (TenantIdentifierResolver.NO_TENANT.equals(code)) {
            throw new NoTenantContextException();
        }
        Tenant tenant = directory
                .findActive(code)
                .orElseThrow(() -> new IllegalStateException("municipality is not active: " + code));
        return connections.open(tenant);
    }

    @Override
    public void releaseConnection(String code, Connection connection) throws SQLException {
        connections.release(connection);
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return false;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException("not unwrappable: " + type);
    }
}
