package nl.naober.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

/**
 * Runs a job's work for every active municipality in turn, each in its own tenant context. A municipality that fails
 * is logged by its code (exception types only: a message may quote personal data), counted in
 * {@code naober_job_failures_total{task}} (alert NaoberJobFailing), and the others go on. Every line logged while a
 * municipality is worked on, also outside its tenant context, carries its code in the MDC.
 */
@Component
class TenantJobs {

    static final String FAILURES = "naober.job.failures";

    private static final Logger log = LoggerFactory.getLogger(TenantJobs.class);

    private final MunicipalityRegistry registry;
    private final MeterRegistry meters;

    TenantJobs(MunicipalityRegistry registry, MeterRegistry meters) {
        this.registry = registry;
        this.meters = meters;
        // Registered at zero, so the alert and the dashboard find the series before the first failure.
        for (String job : List.of(DigestJob.LOCK, OutboxJob.LOCK, RetentionJob.LOCK)) {
            failures(job);
        }
    }

    private Counter failures(String job) {
        return Counter.builder(FAILURES)
                .description("Municipalities for which a run of a background job failed")
                .tag("task", job)
                .register(meters);
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
            try (MDC.MDCCloseable ignored = MDC.putCloseable(TenantContext.MDC_KEY, code)) {
                if (!runFor(job, code, outsideTenant, inTenant)) {
                    failed++;
                }
            }
        }
        return failed;
    }

    private <T> boolean runFor(String job, String code, Function<String, T> outsideTenant, Consumer<T> inTenant) {
        try {
            T prepared = outsideTenant.apply(code);
            TenantContext.run(Tenant.of(code), () -> inTenant.accept(prepared));
            return true;
        } catch (RuntimeException failure) {
            failures(job).increment();
            log.warn(
                    "Job {} failed for municipality {}: {} (cause {})",
                    job,
                    code,
                    failure.getClass().getName(),
                    NestedExceptionUtils.getMostSpecificCause(failure)
                            .getClass()
                            .getName());
            return false;
        }
    }
}
