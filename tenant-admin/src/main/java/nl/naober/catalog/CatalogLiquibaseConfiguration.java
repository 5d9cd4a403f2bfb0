package nl.naober.catalog;

import java.sql.Connection;
import java.sql.Statement;
import liquibase.integration.spring.SpringLiquibase;
import nl.naober.tenancy.MigrationLock;
import nl.naober.tenancy.OwnerDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the catalog schema with its own changelog, as the owner, before anything reads it; then grants the catalog
 * role its tables again (a new table needs it).
 */
@Configuration(proxyBeanMethods = false)
class CatalogLiquibaseConfiguration {

    static final String CHANGELOG = "classpath:db/changelog/platform/changelog-master.yaml";

    @Bean
    SpringLiquibase liquibase(OwnerDatabase owner) {
        // Liquibase would otherwise try to send usage analytics on every run: a time-out on a closed network.
        System.setProperty("liquibase.analytics.enabled", "false");
        SpringLiquibase liquibase = new SchemaCreatingLiquibase();
        liquibase.setDataSource(owner.dataSource());
        liquibase.setChangeLog(CHANGELOG);
        liquibase.setDefaultSchema(CatalogPersistenceConfiguration.SCHEMA);
        liquibase.setLiquibaseSchema(CatalogPersistenceConfiguration.SCHEMA);
        return liquibase;
    }

    /**
     * Liquibase keeps its bookkeeping tables in the catalog schema, so the schema must exist first; replicas starting
     * together on a fresh database take turns ({@link MigrationLock}).
     */
    static class SchemaCreatingLiquibase extends SpringLiquibase {
        @Override
        public void afterPropertiesSet() throws liquibase.exception.LiquibaseException {
            MigrationLock.runExclusively(getDataSource(), this::migrate);
        }

        private void migrate() throws liquibase.exception.LiquibaseException {
            try (Connection connection = getDataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + CatalogPersistenceConfiguration.SCHEMA);
            } catch (java.sql.SQLException e) {
                throw new liquibase.exception.DatabaseException("cannot create the catalog schema", e);
            }
            super.afterPropertiesSet();
            try (Connection connection = getDataSource().getConnection()) {
                connection.setAutoCommit(true);
                CatalogRoleGrants.grant(connection);
            } catch (java.sql.SQLException e) {
                throw new liquibase.exception.DatabaseException("cannot grant the catalog roles", e);
            }
        }
    }
}
