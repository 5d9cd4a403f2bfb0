package nl.naober.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A municipality's role and what it may do, run by the owner after every migration (idempotent): its own schema's
 * tables, the access log append-only, Liquibase's bookkeeping read-only, nothing of any other municipality.
 */
final class TenantRoleGrants {

    private TenantRoleGrants() {}

    static void grant(Connection owner, Tenant tenant, String appLogin) throws SQLException {
        String role = DatabaseRoles.quoted(DatabaseRoles.of(tenant));
        String schema = "\"" + tenant.schema() + "\"";
        try (Statement sql = owner.createStatement()) {
            sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + DatabaseRoles.of(tenant)
                    + "') THEN CREATE ROLE " + role + " NOLOGIN; END IF; END $$");
            sql.execute("GRANT " + role + " TO " + DatabaseRoles.quoted(appLogin));
            sql.execute("GRANT " + DatabaseRoles.TENANT_COMMON + " TO " + role);
            sql.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
            sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
            sql.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
            // The access log: what was read stays read. Only the retention job deletes, as the owner.
            sql.execute("REVOKE UPDATE, DELETE, TRUNCATE ON " + schema + ".access_log FROM " + role);
            sql.execute("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON " + schema + ".databasechangelog, " + schema
                    + ".databasechangeloglock FROM " + role);
        }
    }

    static void drop(Connection owner, Tenant tenant) throws SQLException {
        try (Statement sql = owner.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS \"" + tenant.schema() + "\" CASCADE");
            sql.execute("DROP ROLE IF EXISTS " + DatabaseRoles.quoted(DatabaseRoles.of(tenant)));
        }
    }
}
