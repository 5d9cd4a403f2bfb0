package nl.naober.security;

import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.programme.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Which municipality or network an admin endpoint may touch, after its role rule ({@code @PreAuthorize}) passed:
 * a network admin only the active municipalities of its own network and its own network, a coordinator (where an
 * endpoint allows one) only its own municipality. Anything else is 404 with the same body as an unknown code, so
 * nobody learns what exists in another network.
 */
@Component
public class AdminScope {

    private final MunicipalityRegistry registry;

    AdminScope(MunicipalityRegistry registry) {
        this.registry = registry;
    }

    /** The municipality {@code code} when the caller administers it (network admin of its network). */
    public MunicipalitySummary administeredMunicipality(String code) {
        CurrentUser user = user();
        return registry.findActiveMunicipality(code)
                .filter(m ->
                        user.role() == Role.NETWORK_ADMIN && m.networkCode().equals(user.network()))
                .orElseThrow(() -> NotFoundException.of("municipality", null));
    }

    /** As {@link #administeredMunicipality}, or the caller's own municipality for a coordinator. */
    public MunicipalitySummary administeredOrOwnMunicipality(String code) {
        CurrentUser user = user();
        return registry.findActiveMunicipality(code)
                .filter(m -> switch (user.role()) {
                    case NETWORK_ADMIN -> m.networkCode().equals(user.network());
                    case COORDINATOR -> m.code().equals(user.municipality());
                    default -> false;
                })
                .orElseThrow(() -> NotFoundException.of("municipality", null));
    }

    /** The network {@code code} when it is the caller's own (network admin). */
    public String administeredNetwork(String code) {
        CurrentUser user = user();
        if (user.role() != Role.NETWORK_ADMIN || !code.equals(user.network())) {
            throw NotFoundException.of("network", null);
        }
        return code;
    }

    private static CurrentUser user() {
        return CurrentUsers.current().orElseThrow(() -> NotFoundException.of("municipality", null));
    }
}
