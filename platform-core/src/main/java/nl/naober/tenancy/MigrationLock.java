package nl.naober.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * One replica at a time through a migration: a PostgreSQL session-level advisory lock on a connection held for the
 * while, released by the unlock or by PostgreSQL when the connection ends (a replica killed half-way does not block
 * the others). Replicas that start together against a fresh database would otherwise both create the catalog's
 * Liquibase tables (Liquibase's own lock table does not exist yet), and later both run a tenant's changelog or seed
 * the demo (Liquibase's lock is per schema and only makes them take turns).
 */
public final class MigrationLock {

    /** Any fixed number, the same on every replica ("naober" in ASCII). */
    static final long KEY = 0x6e616f626572L;

    /** Work that may fail with a checked exception of its own. */
    @FunctionalInterface
    public interface Work<E extends Exception> {
        void run() throws E;
    }

    private MigrationLock() {}

    public static <E extends Exception> void runExclusively(DataSource dataSource, Work<E> work) throws E {
        Connection lock = null;
        try {
            lock = dataSource.getConnection();
            lock.setAutoCommit(true);
            call(lock, "SELECT pg_advisory_lock(?)");
        } catch (SQLException e) {
            close(lock);
            throw new IllegalStateException("cannot take the migration lock", e);
        }
        try {
            work.run();
        } finally {
            try {
                call(lock, "SELECT pg_advisory_unlock(?)");
            } catch (SQLException e) {
                // The lock ends with the connection, closed below.
            }
            close(lock);
        }
    }

    private static void call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            statement.execute();
        }
    }

    private static void close(@Nullable Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // nothing left to release
            }
        }
    }
}
