package nl.naober.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A local account still on its one-time password may do one thing: choose its own. The screens lead to
 * {@code /wachtwoord}; the API answers 403 Problem Details. The one-time password was seen by the administrator who
 * handed it on (and maybe by a mailbox or a chat on the way), so it must not become a working password.
 */
final class PasswordChangeRequired {

    /** What a user who must change their password can still reach on the screens. */
    private static final List<String> OPEN_PATHS =
            List.of(PasswordPage.PATH, "/logout", "/login", "/error", "/favicon.ico");

    private PasswordChangeRequired() {}

    static OncePerRequestFilter forApi(ProblemSecurityHandlers handlers) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (mustChange()) {
                    handlers.passwordChangeRequired(request, response);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    static OncePerRequestFilter forScreens() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                if (mustChange() && !OPEN_PATHS.contains(path) && !path.startsWith("/css/")) {
                    response.sendRedirect(request.getContextPath() + PasswordPage.PATH);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static boolean mustChange() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getPrincipal() instanceof LocalUserDetails user
                && user.mustChangePassword();
    }
}
