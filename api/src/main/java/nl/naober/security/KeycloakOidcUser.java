package nl.naober.security;

import java.util.Optional;
import nl.naober.identity.CurrentUser;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A screen login through Keycloak: the OIDC user with the Naober user its ID token describes. */
final class KeycloakOidcUser extends DefaultOidcUser implements CurrentUserSource {

    // Only the claim's name is kept, so the session stays serialisable; the user is read from the claims.
    private final String membershipClaim;

    KeycloakOidcUser(OidcUser user, String membershipClaim) {
        super(
                KeycloakClaims.authorities(new KeycloakClaims(membershipClaim).user(user.getClaims())),
                user.getIdToken(),
                user.getUserInfo(),
                "preferred_username");
        this.membershipClaim = membershipClaim;
    }

    @Override
    public String logId() {
        return "oidc-" + getSubject();
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        return new KeycloakClaims(membershipClaim).user(getClaims());
    }
}
