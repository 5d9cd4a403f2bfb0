package nl.naober.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Pooled connections in a municipality's schema and role: set when checked out, reset to the catalog's when released.
 * Both statements run outside any transaction (a {@code SET ROLE} inside one would be undone by a rollback).
 */
@Component
public class TenantConnections {

    static final String CATALOG_SCHEMA = "platform";

    private final DataSource dataSource;

    TenantConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Connection open(Tenant tenant) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setSchema(tenant.schema());
            execute(connection, "SET ROLE " + DatabaseRoles.quoted(DatabaseRoles.of(tenant)));
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Back to the catalog's role and schema, then to the pool. */
    public void release(Connection connection) throws SQLException {
        try (connection) {
            execute(connection, "SET ROLE " + DatabaseRoles.CATALOG);
            connection.setSchema(CATALOG_SCHEMA);
        }
    }

    Connection openCatalog() throws SQLException {
        return dataSource.getConnection();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        if (!autoCommit) {
            connection.commit();
        }
    }
}
