package nl.naober.shell;

import java.util.Optional;
import nl.naober.identity.CurrentUser;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.municipality.NetworkCatalog;
import nl.naober.security.CurrentUsers;
import nl.naober.security.SecurityMode;
import org.springframework.core.env.Environment;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Who is logged in, for the header of every staff screen ({@code templates/staff.html}, read there as
 * {@code @staffHeader.current()}): the name, the role, the municipality or network, and where to change the password
 * (local mode: {@code /wachtwoord}; keycloak mode: the realm's account console, which owns the password there). A bean
 * read by the templates rather than a model attribute, so REST calls do not pay for it.
 */
@Component("staffHeader")
public final class StaffHeader {

    /**
     * @param name the display name (Keycloak's {@code name} claim) or else the username
     * @param roleKey the message key of the role's Dutch name
     * @param place the municipality's or network's name; empty for the platform admin
     * @param passwordUrl where to change the password: a path of this application or Keycloak's account page
     * @param external whether {@code passwordUrl} is Keycloak's (opens outside Naober)
     */
    public record Who(
            String username, String name, String roleKey, String place, String passwordUrl, boolean external) {}

    private static final String LOCAL_PASSWORD_PAGE = "/wachtwoord";

    private final MunicipalityRegistry registry;
    private final NetworkCatalog networks;
    private final String keycloakAccount;

    StaffHeader(MunicipalityRegistry registry, NetworkCatalog networks, Environment environment) {
        this.registry = registry;
        this.networks = networks;
        this.keycloakAccount = SecurityMode.isKeycloak(environment)
                ? accountPage(environment.getProperty("naober.oidc.issuer-uri", ""))
                : null;
    }

    /** The one logged in now, or null on a page without a login. */
    public Who current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return CurrentUsers.of(authentication)
                .map(user -> who(user, displayName(authentication, user)))
                .orElse(null);
    }

    Who who(CurrentUser user, String name) {
        String passwordUrl = keycloakAccount != null ? keycloakAccount : LOCAL_PASSWORD_PAGE;
        return new Who(
                user.username(),
                name,
                "role." + user.role().realmRole(),
                place(user),
                passwordUrl,
                keycloakAccount != null);
    }

    /** Keycloak's account console of the realm: {@code {issuer}/account}. */
    static String accountPage(String issuer) {
        return (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer) + "/account";
    }

    private String place(CurrentUser user) {
        if (user.municipality() != null) {
            return registry.findActiveMunicipality(user.municipality())
                    .map(MunicipalitySummary::name)
                    .orElse(user.municipality());
        }
        if (user.network() != null) {
            return networks.findName(user.network()).orElse(user.network());
        }
        return "";
    }

    private static String displayName(Authentication authentication, CurrentUser user) {
        return Optional.ofNullable(authentication.getPrincipal())
                .filter(OidcUser.class::isInstance)
                .map(principal -> ((OidcUser) principal).getFullName())
                .filter(StringUtils::hasText)
                .orElse(user.username());
    }
}
