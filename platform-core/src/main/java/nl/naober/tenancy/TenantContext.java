package nl.naober.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The municipality the current thread works for. Entered with try-with-resources so it is always left again,
 * also when the work fails; the code is put in the logging MDC as {@code municipality} for as long as it is entered.
 */
public final class TenantContext {

    public static final String MDC_KEY = "municipality";

    private static final ThreadLocal<Tenant> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static Optional<Tenant> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Tenant require() {
        Tenant tenant = CURRENT.get();
        if (tenant == null) {
            throw new NoTenantContextException();
        }
        return tenant;
    }

    /** Enters the tenant until the returned scope is closed; a scope restores what was there before it. */
    public static Scope enter(Tenant tenant) {
        Tenant previous = CURRENT.get();
        String previousLogValue = MDC.get(MDC_KEY);
        CURRENT.set(tenant);
        MDC.put(MDC_KEY, tenant.code());
        return new Scope(previous, previousLogValue);
    }

    public static <T> T call(Tenant tenant, Supplier<T> work) {
        try (Scope ignored = enter(tenant)) {
            return work.get();
        }
    }

    public static void run(Tenant tenant, Runnable work) {
        try (Scope ignored = enter(tenant)) {
            work.run();
        }
    }

    /**
     * Leaving a scope restores the previous tenant (normally none) and the MDC entry as it was (a job may have put
     * the municipality there for its lines outside the tenant context).
     */
    public static final class Scope implements AutoCloseable {
        private final Tenant previous;
        private final String previousLogValue;

        private Scope(Tenant previous, String previousLogValue) {
            this.previous = previous;
            this.previousLogValue = previousLogValue;
        }

        @Override
        public void close() {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
            if (previousLogValue == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previousLogValue);
            }
        }
    }
}
