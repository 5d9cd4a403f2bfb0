package nl.naober.admin.account;

import nl.naober.core.identity.CurrentUser;

/**
 * What logging in needs of a local account.
 *
 * @param mustChangePassword the account still has a one-time password: it may do nothing but choose its own
 */
public record LocalAccountView(CurrentUser user, String passwordHash, boolean enabled, boolean mustChangePassword) {

    @Override
    public String toString() {
        // The hash stays out of logs and exception messages.
        return "LocalAccountView[user=" + user + ", enabled=" + enabled + ", mustChangePassword=" + mustChangePassword
                + "]";
    }
}
