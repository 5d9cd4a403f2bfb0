package nl.naober.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import nl.naober.account.LocalAccountView;
import nl.naober.account.LocalAccounts;
import nl.naober.identity.CurrentUser;
import nl.naober.municipality.MunicipalityRegistry;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-checks on every request that a logged-in user may still work: a deactivated local account, or a municipality
 * suspended meanwhile (on any instance), ends the open session at its next click instead of at its expiry. Read from
 * the catalog, each user's answer cached for at most a second. A REST call with HTTP Basic is checked at its own
 * login already, and so is one with a local API token (its lookup reads the account and municipality); a Keycloak
 * bearer token only for its municipality (a user disabled in Keycloak keeps a token until it
 * expires).
 */
@Component
class StillAdmitted {

    private final LocalAccounts accounts;
    private final MunicipalityRegistry registry;
    private final Cache<String, Boolean> answers = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(1))
            .maximumSize(10_000)
            .build();

    StillAdmitted(LocalAccounts accounts, MunicipalityRegistry registry) {
        this.accounts = accounts;
        this.registry = registry;
    }

    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Authentication authentication =
                        SecurityContextHolder.getContext().getAuthentication();
                if (authentication != null && !admitted(authentication)) {
                    SecurityContextHolder.clearContext();
                    HttpSession session = request.getSession(false);
                    if (session != null) {
                        session.invalidate();
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    private boolean admitted(Authentication authentication) {
        if (authentication.getPrincipal() instanceof ApiTokenUser) {
            // read from the catalog at this very request already, with its account and municipality
            // (ApiTokenAuthentication): a second catalog read per call would only repeat it
            return true;
        }
        return CurrentUsers.of(authentication)
                .map(user -> answers.get(
                        user.username() + '\u0000' + authentication.getClass().getSimpleName(),
                        key -> admittedNow(user, authentication.getPrincipal() instanceof LocalUserDetails)))
                .orElse(true); // no Naober user (anonymous, the scraper): the authorization rules decide
    }

    private boolean admittedNow(CurrentUser user, boolean localAccount) {
        if (localAccount
                && !accounts.findByUsername(user.username())
                        .map(LocalAccountView::enabled)
                        .orElse(false)) {
            return false;
        }
        return registry.admitsNow(user);
    }
}
