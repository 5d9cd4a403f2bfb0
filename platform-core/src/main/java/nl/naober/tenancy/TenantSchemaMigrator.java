package nl.naober.tenancy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates a municipality's schema and brings it to the latest tenant changelog. Safe to call on several threads
 * for different tenants at once: each run has its own connection, Liquibase database and (thread-local) scope.
 */
@Component
public class TenantSchemaMigrator {

    private static final Logger log = LoggerFactory.getLogger(TenantSchemaMigrator.class);

    private final OwnerDatabase owner;
    private final TenantChangelog changelog;
    private final ClassLoader classLoader;
    private final Counter liquibaseRuns;

    TenantSchemaMigrator(OwnerDatabase owner, MeterRegistry meterRegistry) {
        this.owner = owner;
        this.classLoader = TenantSchemaMigrator.class.getClassLoader();
        this.changelog = TenantChangelog.load(classLoader);
        this.liquibaseRuns = Counter.builder("naober.tenant.liquibase.runs")
                .description("Liquibase updates run on tenant schemas since start")
                .register(meterRegistry);
    }

    public TenantChangelog changelog() {
        return changelog;
    }

    /** Number of Liquibase updates this instance has run; an up-to-date tenant adds none. */
    public long liquibaseRuns() {
        return (long) liquibaseRuns.count();
    }

    /**
     * Creates the schema when missing, applies the tenant changelog as the owner and grants the municipality's role
     * what it may do; returns the version now applied.
     */
    public String migrate(Tenant tenant) {
        long started = System.nanoTime();
        try (Connection connection = owner.dataSource().getConnection()) {
            createSchemaIfMissing(connection, tenant.schema());
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName(tenant.schema());
            database.setLiquibaseSchemaName(tenant.schema());
            liquibaseRuns.increment();
            Scope.child(
                    LiquibaseScope.values(classLoader),
                    () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, TenantChangelog.PATH)
                            .execute());
            connection.setAutoCommit(true); // Liquibase leaves it off: the grants would be rolled back on close
            TenantRoleGrants.grant(connection, tenant, owner.appLogin());
            log.debug("Tenant {} migrated in {} ms", tenant.code(), (System.nanoTime() - started) / 1_000_000);
            return changelog.version();
        } catch (Exception e) {
            throw new TenantMigrationException(tenant, e);
        }
    }

    /** Drops the municipality's schema with all its data, and its role: removal and a cancelled onboarding. */
    public void drop(Tenant tenant) {
        try (Connection connection = owner.dataSource().getConnection()) {
            TenantRoleGrants.drop(connection, tenant);
        } catch (SQLException e) {
            throw new TenantMigrationException(tenant, e);
        }
    }

    private static void createSchemaIfMissing(Connection connection, String schema) throws SQLException {
        // The name was derived from a validated code (Tenant's constructor) and is quoted besides.
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema + "\"");
        }
    }
}
