package nl.naober.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class TenantContextTest {

    @Test
    void outsideAScopeThereIsNoTenantAndRequiringOneFails() {
        assertThat(TenantContext.current()).isEmpty();
        assertThatThrownBy(TenantContext::require).isInstanceOf(NoTenantContextException.class);
    }

    @Test
    void aScopeSetsTenantAndLoggingContextAndClearsBothOnClose() {
        try (TenantContext.Scope ignored = TenantContext.enter(Tenant.of("meppel"))) {
            assertThat(TenantContext.require().code()).isEqualTo("meppel");
            assertThat(MDC.get(TenantContext.MDC_KEY)).isEqualTo("meppel");
        }
        assertThat(TenantContext.current()).isEmpty();
        assertThat(MDC.get(TenantContext.MDC_KEY)).isNull();
    }

    @Test
    void aFailureInsideTheScopeStillLeavesIt() {
        assertThatThrownBy(() -> TenantContext.run(Tenant.of("emmen"), () -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void aNestedScopeRestoresTheOuterTenant() {
        TenantContext.run(Tenant.of("meppel"), () -> {
            TenantContext.run(
                    Tenant.of("hoogeveen"),
                    () -> assertThat(TenantContext.require().code()).isEqualTo("hoogeveen"));
            assertThat(TenantContext.require().code()).isEqualTo("meppel");
            assertThat(MDC.get(TenantContext.MDC_KEY)).isEqualTo("meppel");
        });
    }

    @Test
    void aJobsLogEntryForTheMunicipalityOutsideTheScopeSurvivesTheScope() {
        // A job puts the municipality in the MDC for its lines outside the tenant context (catalog reads, its
        // failure line); leaving the tenant context must not take it away.
        try (MDC.MDCCloseable ignored = MDC.putCloseable(TenantContext.MDC_KEY, "emmen")) {
            assertThatThrownBy(() -> TenantContext.run(Tenant.of("emmen"), () -> {
                        throw new IllegalStateException("boom");
                    }))
                    .hasMessage("boom");
            assertThat(MDC.get(TenantContext.MDC_KEY)).isEqualTo("emmen");
        }
        assertThat(MDC.get(TenantContext.MDC_KEY)).isNull();
    }

    @Test
    void theLoggingKeyIsMunicipality() {
        // The name operators search JSON logs by, the same as the metrics' label.
        assertThat(TenantContext.MDC_KEY).isEqualTo("municipality");
    }

    @Test
    void otherThreadsDoNotInheritTheTenant() throws Exception {
        try (TenantContext.Scope ignored = TenantContext.enter(Tenant.of("meppel"))) {
            boolean[] seen = new boolean[1];
            Thread other = new Thread(() -> seen[0] = TenantContext.current().isPresent());
            other.start();
            other.join();
            assertThat(seen[0]).isFalse();
        }
    }

    @Test
    void hibernateGetsNoConnectionWithoutATenant() {
        TenantDirectory directory = code -> java.util.Optional.of(Tenant.of(code));
        // No connections at all: the refusal must come before any is asked for.
        TenantConnectionProvider provider = new TenantConnectionProvider(directory, null);
        String outside = new TenantIdentifierResolver().resolveCurrentTenantIdentifier();

        assertThatThrownBy(() -> provider.getConnection(outside)).isInstanceOf(NoTenantContextException.class);
        String inside = TenantContext.call(
                Tenant.of("emmen"), () -> new TenantIdentifierResolver().resolveCurrentTenantIdentifier());
        assertThat(inside).isEqualTo("emmen");
    }
}
