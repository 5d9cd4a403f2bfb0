package nl.naober.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The one real PostgreSQL of a module's test run (JVM): the server named by {@code NAOBER_TEST_DB_URL} (with
 * {@code NAOBER_TEST_DB_USERNAME}/{@code _PASSWORD}, a superuser), else an embedded PostgreSQL. Started on first use,
 * stopped when the JVM ends; Naober's database roles are set up as a DBA would, from the same {@code db/roles.sql}.
 */
public final class TestPostgres {

    /** The login that serves requests and the owner that migrates, as in production. */
    public static final String APP = "naober_app";

    public static final String OWNER = "naober_owner";

    public static final String ROLE_PASSWORD = "naober-test";

    /** JDBC coordinates of the server; {@code username} is a superuser, for set-up and raw checks only. */
    public record Server(String url, String username, String password) {

        public Connection connectAsSuperuser() throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }
    }

    private static Server server;

    private TestPostgres() {}

    public static synchronized Server get() {
        if (server == null) {
            server = withRoles(start());
        }
        return server;
    }

    private static Server start() {
        String url = System.getenv("NAOBER_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Server(url, System.getenv("NAOBER_TEST_DB_USERNAME"), System.getenv("NAOBER_TEST_DB_PASSWORD"));
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            // No user in the URL: it would override the login role a test context gives.
            return new Server("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "");
        } catch (IOException e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL for the tests", e);
        }
    }

    private static Server withRoles(Server target) {
        try (Connection superuser = target.connectAsSuperuser();
                Statement sql = superuser.createStatement()) {
            sql.execute(Files.readString(rolesScript()));
            sql.execute("GRANT CREATE ON DATABASE \"" + superuser.getCatalog() + "\" TO " + OWNER);
            sql.execute("ALTER ROLE " + OWNER + " PASSWORD '" + ROLE_PASSWORD + "'");
            sql.execute("ALTER ROLE " + APP + " PASSWORD '" + ROLE_PASSWORD + "'");
            return target;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot set up the database roles for the tests", e);
        }
    }

    /**
     * The roles script a DBA runs (README); it ships with the application (api), so a module test reads it from the
     * source tree, as the chart's test does, instead of keeping a copy that could drift.
     */
    private static Path rolesScript() {
        Path script = Path.of("api", "src", "main", "resources", "db", "roles.sql");
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(script))) {
                return dir.resolve(script);
            }
        }
        throw new IllegalStateException("api/src/main/resources/db/roles.sql not found above the working directory");
    }
}
