package nl.naober.monitoring.catalog;

import java.util.List;
import nl.naober.monitoring.NetworkMembers;
import nl.naober.monitoring.ReportedMunicipality;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.NetworkCatalog;
import org.springframework.stereotype.Component;

/** Monitoring's network port: the registry's active municipalities (by name) and the catalog's network names. */
@Component
class CatalogNetworkMembers implements NetworkMembers {

    private final MunicipalityRegistry registry;
    private final NetworkCatalog networks;

    CatalogNetworkMembers(MunicipalityRegistry registry, NetworkCatalog networks) {
        this.registry = registry;
        this.networks = networks;
    }

    @Override
    public List<ReportedMunicipality> activeMunicipalities(String networkCode) {
        return registry.active().stream()
                .filter(m -> m.networkCode().equals(networkCode))
                .map(m -> new ReportedMunicipality(m.code(), m.name()))
                .toList();
    }

    @Override
    public String name(String networkCode) {
        return networks.findName(networkCode).orElse(networkCode);
    }
}
