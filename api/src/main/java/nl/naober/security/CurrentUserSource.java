package nl.naober.security;

import java.util.Optional;
import nl.naober.identity.CurrentUser;

/** A principal that knows its Naober user: the local account or the token's user. Empty without a Naober role. */
interface CurrentUserSource {

    Optional<CurrentUser> currentUser();

    /**
     * Who this is in log lines: an opaque id (local account number, API token number, OIDC subject), never a
     * username, name or e-mail address, which may identify a person to whoever reads the logs.
     */
    String logId();
}
