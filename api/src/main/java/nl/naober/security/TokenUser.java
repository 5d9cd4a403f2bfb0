package nl.naober.security;

import java.security.Principal;
import java.util.Optional;
import nl.naober.identity.CurrentUser;

/**
 * The principal of a bearer token: its subject name and, when the token carries a Naober role, the user; the token's
 * {@code sub} claim (an opaque id in Keycloak) is what log lines show.
 */
record TokenUser(String name, Optional<CurrentUser> currentUser, String subject)
        implements Principal, CurrentUserSource {

    @Override
    public String logId() {
        return "oidc-" + subject;
    }

    @Override
    public String getName() {
        return name;
    }
}
