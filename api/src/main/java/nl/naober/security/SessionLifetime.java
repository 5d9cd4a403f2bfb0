package nl.naober.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute limit of a screen session: {@code naober.security.session.absolute-timeout} (10 hours) after login it
 * ends, however busy its user, and the next click lands on the login page with "Je sessie is verlopen". The idle
 * limit is the servlet container's ({@code server.servlet.session.timeout}, 30 minutes).
 */
@Component
class SessionLifetime {

    static final String LOGGED_IN_AT = SessionLifetime.class.getName() + ".loggedInAt";

    private static final AuthenticationTrustResolver LOGINS = new AuthenticationTrustResolverImpl();

    private final SessionProperties properties;
    private final Clock clock;

    SessionLifetime(SessionProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Notes the login time in the session, after the session got its new id; both the login form and the OIDC login
     * publish this event on the request's own thread.
     */
    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(LOGGED_IN_AT, clock.instant());
            }
        }
    }

    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                if (session != null
                        && LOGINS.isAuthenticated(
                                SecurityContextHolder.getContext().getAuthentication())
                        && expired(session)) {
                    SecurityContextHolder.clearContext();
                    session.invalidate();
                    response.sendRedirect(request.getContextPath() + "/login?verlopen");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private boolean expired(HttpSession session) {
        Instant now = clock.instant();
        if (!(session.getAttribute(LOGGED_IN_AT) instanceof Instant loggedInAt)) {
            // A login the event did not reach: count from its first request, which follows the login at once.
            session.setAttribute(LOGGED_IN_AT, now);
            return false;
        }
        return !now.isBefore(loggedInAt.plus(properties.absoluteTimeout()));
    }
}
