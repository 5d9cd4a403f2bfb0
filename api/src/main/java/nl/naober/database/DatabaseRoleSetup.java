package nl.naober.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs {@code db/roles.sql} as a superuser: the one-time set-up an external database gets from its DBA, done by the
 * embedded default (and the tests) themselves, so development runs under the roles production runs under.
 */
public final class DatabaseRoleSetup {

    public static final String OWNER = "naober_owner";
    public static final String APP = "naober_app";

    private DatabaseRoleSetup() {}

    public static void createRoles(Connection superuser) throws SQLException {
        try (Statement statement = superuser.createStatement()) {
            statement.execute(script());
            statement.execute("GRANT CREATE ON DATABASE \"" + superuser.getCatalog() + "\" TO " + OWNER);
        }
    }

    /**
     * A data folder from before the roles existed has everything owned by the superuser: hand it to the owner, so its
     * migrations can go on. Ownership of a table carries its sequences along.
     */
    static void handOverToOwner(Connection superuser) throws SQLException {
        try (Statement statement = superuser.createStatement()) {
            statement.execute("""
                    DO $$ DECLARE r record; BEGIN
                      FOR r IN SELECT nspname FROM pg_namespace
                               WHERE (nspname = 'platform' OR nspname LIKE 't\\_%')
                                 AND pg_get_userbyid(nspowner) <> 'naober_owner' LOOP
                        EXECUTE format('ALTER SCHEMA %I OWNER TO naober_owner', r.nspname);
                      END LOOP;
                      FOR r IN SELECT schemaname, tablename FROM pg_tables
                               WHERE (schemaname = 'platform' OR schemaname LIKE 't\\_%')
                                 AND tableowner <> 'naober_owner' LOOP
                        EXECUTE format('ALTER TABLE %I.%I OWNER TO naober_owner', r.schemaname, r.tablename);
                      END LOOP;
                    END $$""");
        }
    }

    private static String script() {
        try (InputStream in = DatabaseRoleSetup.class.getResourceAsStream("/db/roles.sql")) {
            if (in == null) {
                throw new IllegalStateException("db/roles.sql is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read db/roles.sql", e);
        }
    }
}
