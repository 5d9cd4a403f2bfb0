package nl.naober.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import nl.naober.tenancy.DatabaseRoles;

/**
 * What the catalog role and the municipalities' roles may do in the catalog schema, granted by the owner after each
 * catalog migration (idempotent). A municipality's role reads only the programme settings case work needs.
 */
final class CatalogRoleGrants {

    private static final String SCHEMA = CatalogPersistenceConfiguration.SCHEMA;

    private CatalogRoleGrants() {}

    static void grant(Connection owner) throws SQLException {
        try (Statement sql = owner.createStatement()) {
            sql.execute("GRANT USAGE ON SCHEMA " + SCHEMA + " TO " + DatabaseRoles.CATALOG + ", "
                    + DatabaseRoles.TENANT_COMMON);
            sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + SCHEMA + " TO "
                    + DatabaseRoles.CATALOG);
            sql.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + SCHEMA + " TO " + DatabaseRoles.CATALOG);
            sql.execute("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON " + SCHEMA + ".databasechangelog, " + SCHEMA
                    + ".databasechangeloglock FROM " + DatabaseRoles.CATALOG);
            sql.execute("GRANT SELECT ON " + SCHEMA + ".municipality, " + SCHEMA + ".network_settings, " + SCHEMA
                    + ".municipality_settings TO " + DatabaseRoles.TENANT_COMMON);
        }
    }
}
