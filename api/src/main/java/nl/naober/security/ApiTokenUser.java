package nl.naober.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.naober.account.AuthenticatedToken;
import nl.naober.identity.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/** The principal of a local-mode API token: its account as it is now (role, municipality), never the token. */
record ApiTokenUser(CurrentUser user, long tokenId) implements OAuth2AuthenticatedPrincipal, CurrentUserSource {

    ApiTokenUser(AuthenticatedToken token) {
        this(token.user(), token.tokenId());
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        return Optional.of(user);
    }

    @Override
    public String logId() {
        return "token-" + tokenId;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return Map.of("sub", user.username());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getName() {
        return user.username();
    }
}
