package nl.naober.api.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.naober.admin.account.LocalAccountView;
import nl.naober.core.identity.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A local-mode login: the catalog account behind Spring Security's user contract. */
final class LocalUserDetails implements UserDetails, CurrentUserSource {

    private final LocalAccountView account;

    LocalUserDetails(LocalAccountView account) {
        this.account = account;
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        return Optional.of(account.user());
    }

    @Override
    public String logId() {
        return "account-" + account.accountId();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(account.user().role().authority()));
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.user().username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    /** Still on a one-time password: may only choose its own ({@link PasswordChangeRequired}). */
    boolean mustChangePassword() {
        return account.mustChangePassword();
    }

    @Override
    public String toString() {
        return "LocalUserDetails[" + account.user().username() + "]";
    }
}
