package nl.naober.security;

import java.util.Optional;
import nl.naober.identity.CurrentUser;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The one way to ask who is calling, the same in local and keycloak mode. */
public final class CurrentUsers {

    private CurrentUsers() {}

    public static Optional<CurrentUser> of(Authentication authentication) {
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof CurrentUserSource source) {
            return source.currentUser();
        }
        return Optional.empty();
    }

    public static Optional<CurrentUser> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The caller's opaque id for log lines ({@link CurrentUserSource#logId()}); empty when nobody is logged in. */
    public static Optional<String> logId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof CurrentUserSource source)) {
            return Optional.empty();
        }
        return Optional.of(source.logId());
    }
}
