package nl.naober.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** What the login page tells a user besides "wrong password": how long a throttled login must wait. */
public final class LoginPage {

    static final String THROTTLED_MINUTES = LoginPage.class.getName() + ".throttledMinutes";

    private LoginPage() {}

    /** Set by the login form's failure handler in the user's own session; never taken from the URL. */
    public static Optional<Long> throttledMinutes(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(THROTTLED_MINUTES) instanceof Long minutes
                ? Optional.of(minutes)
                : Optional.empty();
    }
}
