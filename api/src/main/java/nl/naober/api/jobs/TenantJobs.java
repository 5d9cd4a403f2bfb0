package nl.naober.api.jobs;

import java.util.function.Consumer;
import java.util.function.Function;
import nl.naober.admin.municipality.MunicipalityRegistry;
import nl.naober.admin.municipality.MunicipalitySummary;
import nl.naober.core.tenancy.Tenant;
import nl.naober.core.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

/**
 * Runs a job's work for every active municipality in turn, each in its own tenant context. A municipality that fails
 * is logged by its code (exception types only: a message may quote personal data) and the others go on.
 */
@Component
class TenantJobs {

    private static final Logger log = LoggerFactory.getLogger(TenantJobs.class);

    private final MunicipalityRegistry registry;

    TenantJobs(MunicipalityRegistry registry) {
        this.registry = registry;
    }

    /** @return how many municipalities failed */
    int inEach(String job, Runnable work) {
        return inEach(job, code -> null, ignored -> work.run());
    }

    /**
     * For each municipality first {@code outsideTenant} with its code and no tenant context, then {@code inTenant}
     * with that result in the municipality's context. Catalog reads belong in the first: catalog and tenant
     * transactions share one connection pool and must not nest.
     *
     * @return how many municipalities failed
     */
    <T> int inEach(String job, Function<String, T> outsideTenant, Consumer<T> inTenant) {
        int failed = 0;
        for (MunicipalitySummary municipality : registry.active()) {
            String code = municipality.code();
            try {
                T prepared = outsideTenant.apply(code);
                TenantContext.run(Tenant.of(code), () -> inTenant.accept(prepared));
            } catch (RuntimeException failure) {
                failed++;
                log.warn(
                        "Job {} failed for municipality {}: {} (cause {})",
                        job,
                        code,
                        failure.getClass().getName(),
                        NestedExceptionUtils.getMostSpecificCause(failure)
                                .getClass()
                                .getName());
            }
        }
        return failed;
    }
}
