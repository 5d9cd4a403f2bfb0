package nl.naober.municipality;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.naober.tenancy.TenantChangelog;
import nl.naober.tenancy.TenantContext;
import nl.naober.tenancy.TenantSchemaMigrator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Brings every active municipality to the latest tenant changelog, several at once on a bounded pool. A tenant
 * whose catalog row already records the latest version costs no Liquibase run; a tenant whose migration fails
 * is marked FAILED and not served, while the others start normally.
 */
@Component
public class TenantStartupMigration {

    private static final Logger log = LoggerFactory.getLogger(TenantStartupMigration.class);

    private final MunicipalityRepository municipalities;
    private final TenantSchemaMigrator migrator;
    private final int threads;
    private final boolean alwaysRunLiquibase;

    TenantStartupMigration(
            MunicipalityRepository municipalities,
            TenantSchemaMigrator migrator,
            @Value("${naober.tenancy.migration.threads:4}") int threads,
            @Value("${naober.tenancy.migration.always-run-liquibase:false}") boolean alwaysRunLiquibase) {
        this.municipalities = municipalities;
        this.migrator = migrator;
        this.threads = Math.max(1, threads);
        this.alwaysRunLiquibase = alwaysRunLiquibase;
    }

    /** What a start-up migration did. */
    public record Report(int active, int upToDate, int migrated, int failed, long millis) {}

    public Report migrateActiveTenants() {
        long started = System.nanoTime();
        TenantChangelog changelog = migrator.changelog();
        List<Municipality> active = municipalities.findByStatus(MunicipalityStatus.ACTIVE);
        List<Municipality> stale = active.stream()
                .filter(m -> alwaysRunLiquibase || !changelog.isCurrent(m.tenantChangelogVersion()))
                .toList();
        int failed = stale.isEmpty() ? 0 : migrate(stale);
        Report report = new Report(
                active.size(),
                active.size() - stale.size(),
                stale.size() - failed,
                failed,
                (System.nanoTime() - started) / 1_000_000);
        log.info(
                "Tenant schemas at changelog {}: {} active, {} up to date, {} migrated, {} failed, in {} ms",
                changelog.version(),
                report.active(),
                report.upToDate(),
                report.migrated(),
                report.failed(),
                report.millis());
        return report;
    }

    private int migrate(List<Municipality> stale) {
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.min(threads, stale.size()), new CustomizableThreadFactory("tenant-migration-"));
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Municipality municipality : stale) {
                runs.add(pool.submit(() -> TenantContext.run(municipality.tenant(), () -> migrate(municipality))));
            }
            int failed = 0;
            for (Future<?> run : runs) {
                try {
                    run.get();
                } catch (ExecutionException e) {
                    failed++;
                }
            }
            return failed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while migrating tenant schemas", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void migrate(Municipality municipality) {
        try {
            municipality.migrated(migrator.migrate(municipality.tenant()));
        } catch (RuntimeException e) {
            log.error("Municipality {} is not served: its schema could not be migrated", municipality.code(), e);
            municipality.fail(e.getMessage());
            municipalities.save(municipality);
            throw e;
        }
        municipalities.save(municipality);
    }
}
