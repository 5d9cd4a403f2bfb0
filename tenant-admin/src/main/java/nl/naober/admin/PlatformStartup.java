package nl.naober.admin;

import nl.naober.admin.demo.DemoCatalog;
import nl.naober.admin.municipality.MunicipalityRegistry;
import nl.naober.admin.municipality.TenantStartupMigration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Readies the tenants before the application takes requests: existing municipalities are brought to the latest
 * tenant changelog, an empty catalog gets the demo data, and the registry is loaded.
 */
@Component
class PlatformStartup implements SmartInitializingSingleton {

    private final TenantStartupMigration migration;
    private final ObjectProvider<DemoCatalog> demoCatalog;
    private final MunicipalityRegistry registry;

    PlatformStartup(
            TenantStartupMigration migration, ObjectProvider<DemoCatalog> demoCatalog, MunicipalityRegistry registry) {
        this.migration = migration;
        this.demoCatalog = demoCatalog;
        this.registry = registry;
    }

    @Override
    public void afterSingletonsInstantiated() {
        migration.migrateActiveTenants();
        demoCatalog.ifAvailable(DemoCatalog::seedIfEmpty);
        registry.refresh();
    }
}
