package nl.naober.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.naober.admin.demo.DemoCatalog;
import nl.naober.admin.municipality.MunicipalityRegistry;
import nl.naober.admin.municipality.TenantStartupMigration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Readies the tenants before the application takes requests: existing municipalities are brought to the latest
 * tenant changelog, an empty catalog gets the demo data, and the registry is loaded.
 *
 * <p>Several replicas may start at once against one database (a rolling update, a scale-up): the migration and the
 * seeding run under a PostgreSQL advisory lock, one replica after the other. The first migrates every tenant; the
 * next finds each at the latest version in the catalog and migrates none. Liquibase's own lock is per schema and
 * would not stop two replicas from both running a tenant's changelog (or both seeding the demo) one after the other.
 */
@Component
class PlatformStartup implements SmartInitializingSingleton {

    /** The advisory lock's key: any fixed number, the same on every replica ("naober" in ASCII). */
    static final long STARTUP_LOCK = 0x6e616f626572L;

    private final TenantStartupMigration migration;
    private final ObjectProvider<DemoCatalog> demoCatalog;
    private final MunicipalityRegistry registry;
    private final DataSource dataSource;

    PlatformStartup(
            TenantStartupMigration migration,
            ObjectProvider<DemoCatalog> demoCatalog,
            MunicipalityRegistry registry,
            DataSource dataSource) {
        this.migration = migration;
        this.demoCatalog = demoCatalog;
        this.registry = registry;
        this.dataSource = dataSource;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // A session-level lock on a connection held for the while: released by the unlock, or by PostgreSQL when the
        // connection ends (a replica killed half-way does not block the others).
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(true);
            advisoryLock(lock, "SELECT pg_advisory_lock(?)");
            try {
                migration.migrateActiveTenants();
                demoCatalog.ifAvailable(DemoCatalog::seedIfEmpty);
            } finally {
                advisoryLock(lock, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the start-up migration lock", e);
        }
        registry.refresh();
    }

    private static void advisoryLock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, STARTUP_LOCK);
            statement.execute();
        }
    }
}
