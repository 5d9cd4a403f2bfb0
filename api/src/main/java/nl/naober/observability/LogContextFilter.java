package nl.naober.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.naober.security.CurrentUsers;
import org.slf4j.MDC;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the caller's opaque id in the logging MDC as {@code userId} for the rest of the request, and takes it out
 * again. Ordered right after Spring Security's filter chain, so it runs once authentication is done and inside the
 * municipality's tenant context (which adds {@code municipality} itself); the request id is already there
 * ({@code RequestIdFilter}). The id is an account, token or OIDC subject number, never a username: usernames are
 * often a person's name.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class LogContextFilter extends OncePerRequestFilter {

    static final String USER_ID = "userId";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> user = CurrentUsers.logId();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String previous = MDC.get(USER_ID);
        MDC.put(USER_ID, user.get());
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous == null) {
                MDC.remove(USER_ID);
            } else {
                MDC.put(USER_ID, previous);
            }
        }
    }
}
