package nl.naober.security;

import jakarta.servlet.http.HttpServletRequest;
import nl.naober.account.ApiTokens;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.web.problem.DatabaseUnavailable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Local mode's {@code Authorization: Bearer nbr_…} on the REST API: Spring Security's opaque-token resource server
 * with an introspector that reads the catalog (one indexed lookup by the token's SHA-256, no BCrypt). The token acts
 * as its account with the role and municipality it has at this request; a revoked or expired token, a deactivated
 * account or a suspended municipality is refused at once (no cache). A refused token counts as a failed login of
 * the client's address ({@link LoginThrottle}), and a throttled address is refused before the catalog is read.
 */
final class ApiTokenAuthentication {

    private ApiTokenAuthentication() {}

    static OpaqueTokenIntrospector introspector(ApiTokens tokens, MunicipalityRegistry registry) {
        return token -> tokens.authenticate(token)
                .filter(accepted -> registry.admitsLogin(accepted.user()))
                .map(ApiTokenUser::new)
                // never the token itself in a message: messages reach debug logs
                .orElseThrow(() -> new BadOpaqueTokenException("unknown, expired or revoked API token"));
    }

    static AuthenticationManagerResolver<HttpServletRequest> throttled(
            OpaqueTokenIntrospector introspector, LoginThrottle throttle) {
        OpaqueTokenAuthenticationProvider tokens = new OpaqueTokenAuthenticationProvider(introspector);
        return request -> {
            String address = request.getRemoteAddr();
            AuthenticationManager manager = attempt -> {
                throttle.refusal(address).ifPresent(wait -> {
                    throw new LoginThrottled(wait);
                });
                try {
                    return tokens.authenticate(attempt);
                } catch (AuthenticationException refused) {
                    if (!DatabaseUnavailable.causedBy(refused)) {
                        throttle.failed(address);
                    }
                    throw refused;
                }
            };
            return manager;
        };
    }
}
