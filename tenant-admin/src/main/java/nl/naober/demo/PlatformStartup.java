package nl.naober.demo;

import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.TenantStartupMigration;
import nl.naober.tenancy.MigrationLock;
import nl.naober.tenancy.OwnerDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Readies the tenants before the application takes requests: existing municipalities are brought to the latest
 * tenant changelog, an empty catalog gets the demo data, and the registry is loaded.
 *
 * <p>Several replicas may start at once against one database (a rolling update, a scale-up): the migration and the
 * seeding run under the {@link MigrationLock}, one replica after the other. The first migrates every tenant; the
 * next finds each at the latest version in the catalog and migrates none. Liquibase's own lock is per schema and
 * would not stop two replicas from both running a tenant's changelog (or both seeding the demo) one after the other.
 */
@Component
class PlatformStartup implements SmartInitializingSingleton {

    private final TenantStartupMigration migration;
    private final ObjectProvider<DemoCatalog> demoCatalog;
    private final MunicipalityRegistry registry;
    private final OwnerDatabase owner;

    PlatformStartup(
            TenantStartupMigration migration,
            ObjectProvider<DemoCatalog> demoCatalog,
            MunicipalityRegistry registry,
            OwnerDatabase owner) {
        this.migration = migration;
        this.demoCatalog = demoCatalog;
        this.registry = registry;
        this.owner = owner;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // On an owner connection, not one of the pool's: the migration and the seeding need the pool (of 1 in a test).
        MigrationLock.runExclusively(owner.dataSource(), () -> {
            migration.migrateActiveTenants();
            demoCatalog.ifAvailable(DemoCatalog::seedIfEmpty);
        });
        registry.refresh();
    }
}
