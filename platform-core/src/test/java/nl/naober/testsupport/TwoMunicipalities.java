package nl.naober.testsupport;

import java.util.Map;
import java.util.Optional;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantDirectory;
import nl.naober.tenancy.TenantSchemaMigrator;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The two municipalities of a module test, {@link #ALPHA} ({@code t_alpha}) and {@link #BETA} ({@code t_beta}), both
 * migrated by the real tenant changelog through {@link TenantSchemaMigrator} (schema, Liquibase, the municipality's
 * role and grants) when the context starts. It is also the {@link TenantDirectory}, as the catalog's registry is in
 * the application. Work for a municipality runs as in production: {@code TenantContext.call(ALPHA, () -> ...)}.
 */
public class TwoMunicipalities implements TenantDirectory, SmartInitializingSingleton {

    public static final Tenant ALPHA = Tenant.of("alpha");

    public static final Tenant BETA = Tenant.of("beta");

    private static final Map<String, Tenant> ACTIVE = Map.of(ALPHA.code(), ALPHA, BETA.code(), BETA);

    private static boolean migrated;

    private final TenantSchemaMigrator migrator;

    public TwoMunicipalities(TenantSchemaMigrator migrator) {
        this.migrator = migrator;
    }

    @Override
    public Optional<Tenant> findActive(String code) {
        return Optional.ofNullable(ACTIVE.get(code));
    }

    /**
     * Fresh schemas for the first context of the run (an external test server keeps the last run's rows), then the
     * changelog; a later context finds them up to date.
     */
    @Override
    public void afterSingletonsInstantiated() {
        synchronized (TwoMunicipalities.class) {
            if (!migrated) {
                migrator.drop(ALPHA);
                migrator.drop(BETA);
                migrator.migrate(ALPHA);
                migrator.migrate(BETA);
                migrated = true;
            }
        }
    }
}
