package nl.naober.observability.metrics;

import java.util.List;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.tenancy.Tenant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The municipalities to measure: those the {@link MunicipalityRegistry} serves now, so suspended and removed ones
 * drop out of the metrics at the registry's next refresh.
 */
@Component
@ConditionalOnProperty(name = "naober.metrics.enabled", havingValue = "true", matchIfMissing = true)
class ActiveMunicipalities {

    private final MunicipalityRegistry registry;

    ActiveMunicipalities(MunicipalityRegistry registry) {
        this.registry = registry;
    }

    List<Tenant> list() {
        return registry.active().stream().map(m -> Tenant.of(m.code())).toList();
    }
}
