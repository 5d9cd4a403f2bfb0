package nl.naober.tenancy;

/**
 * The database roles (docs/privacy.md, "role model"). The application logs in with a role that owns nothing and
 * inherits nothing ({@code NOINHERIT}); it can only {@code SET ROLE} to the catalog role, which every pooled
 * connection starts in, and to one municipality's role while a session works for that municipality. Migrations and
 * provisioning run as the owner, on connections of their own ({@link OwnerDatabase}).
 */
public final class DatabaseRoles {

    /** The catalog schema {@code platform}: read and write. Every pooled connection is in this role when idle. */
    public static final String CATALOG = "naober_catalog";

    /** What every municipality's role may read of the catalog: the settings case work needs. */
    public static final String TENANT_COMMON = "naober_tenant_common";

    private DatabaseRoles() {}

    /** A municipality's role has the name of its schema ({@code t_meppel}), so it too comes from a validated code. */
    public static String of(Tenant tenant) {
        return tenant.schema();
    }

    static String quoted(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain role name");
        }
        return "\"" + name + "\"";
    }
}
