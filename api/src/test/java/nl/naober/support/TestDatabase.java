package nl.naober.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import nl.naober.database.DatabaseRoleSetup;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one real PostgreSQL of a test run (JVM), shared by every test context: the server named by
 * {@code NAOBER_TEST_DB_URL}, else a Testcontainers PostgreSQL where a Docker engine answers, else an embedded
 * PostgreSQL. Started on first use, stopped when the JVM ends.
 */
public final class TestDatabase {

    /** The password the tests give the application and owner roles (an external test server may want one). */
    public static final String ROLE_PASSWORD = "naober-test";

    /**
     * JDBC coordinates of the database.
     *
     * @param username a superuser (or a DBA with CREATEROLE): it sets up the roles and the tests' raw SQL uses it
     */
    public record Target(String url, String username, String password, String kind) {

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }
    }

    private static Target target;

    private TestDatabase() {}

    public static synchronized Target get() {
        if (target == null) {
            target = withRoles(start());
        }
        return target;
    }

    private static Target start() {
        String url = System.getenv("NAOBER_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Target(
                    url,
                    System.getenv("NAOBER_TEST_DB_USERNAME"),
                    System.getenv("NAOBER_TEST_DB_PASSWORD"),
                    "external");
        }
        if (dockerEngineLikely() && DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return new Target(
                    container.getJdbcUrl(), container.getUsername(), container.getPassword(), "testcontainers");
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_locks_per_transaction", "1024")
                    .start();
            // No user in the URL: it would override the login role each test context gives.
            return new Target(
                    "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "", "embedded");
        } catch (IOException e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL for the tests", e);
        }
    }

    /** The roles of {@code db/roles.sql}, as a DBA sets them up on an external database before the first start. */
    private static Target withRoles(Target database) {
        try (Connection superuser = database.connect();
                java.sql.Statement statement = superuser.createStatement()) {
            DatabaseRoleSetup.createRoles(superuser);
            statement.execute("ALTER ROLE " + DatabaseRoleSetup.OWNER + " PASSWORD '" + ROLE_PASSWORD + "'");
            statement.execute("ALTER ROLE " + DatabaseRoleSetup.APP + " PASSWORD '" + ROLE_PASSWORD + "'");
            return database;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set up the database roles for the tests", e);
        }
    }

    /**
     * Asking Testcontainers without any engine in sight costs seconds and logs errors; a socket or DOCKER_HOST is
     * the cheap first sign of one.
     */
    private static boolean dockerEngineLikely() {
        return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
    }
}
