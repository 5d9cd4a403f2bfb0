package nl.naober.security;

import nl.naober.identity.CurrentUser;
import nl.naober.municipality.MunicipalitySummary;

/** Who may enter a municipality's data at all; what they may do there is up to the endpoint's role rule. */
final class MunicipalityAccess {

    private MunicipalityAccess() {}

    static boolean mayEnter(CurrentUser user, MunicipalitySummary municipality) {
        return switch (user.role()) {
            case COORDINATOR, POLICY_OFFICER, PRIVACY_OFFICER ->
                municipality.code().equals(user.municipality());
            case NETWORK_ADMIN -> municipality.networkCode().equals(user.network());
            case PLATFORM_ADMIN -> false; // operates the service, sees no case data
        };
    }
}
