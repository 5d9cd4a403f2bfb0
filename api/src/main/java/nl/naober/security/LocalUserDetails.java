package nl.naober.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.naober.account.LocalAccountView;
import nl.naober.identity.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A local-mode login: the catalog account behind Spring Security's user contract. It lives in the screen session,
 * which is stored in the catalog (Spring Session JDBC) so that every replica serves it: serialisable, and without the
 * password hash, which only the login itself needs (erased after it, and never serialised).
 */
final class LocalUserDetails implements UserDetails, CurrentUserSource, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private final long accountId;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private transient String passwordHash;

    LocalUserDetails(LocalAccountView account) {
        this.user = account.user();
        this.accountId = account.accountId();
        this.enabled = account.enabled();
        this.mustChangePassword = account.mustChangePassword();
        this.passwordHash = account.passwordHash();
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        return Optional.of(user);
    }

    @Override
    public String logId() {
        return "account-" + accountId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Still on a one-time password: may only choose its own ({@link PasswordChangeRequired}). */
    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public String toString() {
        return "LocalUserDetails[" + user.username() + "]";
    }
}
