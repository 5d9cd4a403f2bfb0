package nl.naober.api.security;

import java.util.Optional;
import nl.naober.core.identity.CurrentUser;

/** A principal that knows its Naober user: the local account or the token's user. Empty without a Naober role. */
interface CurrentUserSource {

    Optional<CurrentUser> currentUser();
}
