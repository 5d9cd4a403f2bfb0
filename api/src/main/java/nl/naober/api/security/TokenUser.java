package nl.naober.api.security;

import java.security.Principal;
import java.util.Optional;
import nl.naober.core.identity.CurrentUser;

/** The principal of a bearer token: its subject name and, when the token carries a Naober role, the user. */
record TokenUser(String name, Optional<CurrentUser> currentUser) implements Principal, CurrentUserSource {

    @Override
    public String getName() {
        return name;
    }
}
