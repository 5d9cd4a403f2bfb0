package nl.naober.core.tenancy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
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

    private final DataSource dataSource;
    private final TenantChangelog changelog;
    private final ClassLoader classLoader;
    private final Counter liquibaseRuns;

    TenantSchemaMigrator(DataSource dataSource, MeterRegistry meterRegistry) {
        this.dataSource = dataSource;
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

    /** Creates the schema when missing and applies the tenant changelog; returns the version now applied. */
    public String migrate(Tenant tenant) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
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
            log.debug("Tenant {} migrated in {} ms", tenant.code(), (System.nanoTime() - started) / 1_000_000);
            return changelog.version();
        } catch (Exception e) {
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
