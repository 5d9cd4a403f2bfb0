package nl.naober.security;

import nl.naober.web.problem.DatabaseUnavailable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The local accounts' password check behind {@link LoginThrottle}: a throttled attempt is refused before the
 * account is read or the password hashed, so neither guessing nor BCrypt's cost can be had in bulk. Used by the login
 * form and HTTP Basic alike.
 */
final class ThrottledLogins implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledLogins(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        throttle.refusal(username, address).ifPresent(wait -> {
            throw new LoginThrottled(wait);
        });
        try {
            return passwords.authenticate(attempt);
        } catch (AuthenticationException failed) {
            if (!DatabaseUnavailable.causedBy(failed)) { // an outage is nobody's wrong password
                throttle.failed(username, address);
            }
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
