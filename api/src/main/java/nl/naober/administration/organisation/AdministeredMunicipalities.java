package nl.naober.administration.organisation;

import nl.naober.identity.Role;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.programme.NotFoundException;
import nl.naober.security.CurrentUsers;
import org.springframework.stereotype.Component;

/**
 * The municipality in an admin path, if the caller administers it: an active municipality of the network admin's
 * own network. Anything else is 404 with the same body as an unknown code, so nobody learns which exist.
 */
@Component
class AdministeredMunicipalities {

    private final MunicipalityRegistry registry;

    AdministeredMunicipalities(MunicipalityRegistry registry) {
        this.registry = registry;
    }

    MunicipalitySummary require(String code) {
        return CurrentUsers.current()
                .filter(user -> user.role() == Role.NETWORK_ADMIN && user.network() != null)
                .flatMap(user -> registry.findActiveMunicipality(code)
                        .filter(municipality -> municipality.networkCode().equals(user.network())))
                .orElseThrow(() -> NotFoundException.of("municipality", null));
    }
}
