package nl.naober.account;

import nl.naober.identity.CurrentUser;

/**
 * What logging in needs of a local account.
 *
 * @param mustChangePassword the account still has a one-time password: it may do nothing but choose its own
 * @param accountId the catalog row's number: an opaque id for log lines, where a username (often a name) may not go
 */
public record LocalAccountView(
        CurrentUser user, String passwordHash, boolean enabled, boolean mustChangePassword, long accountId) {

    @Override
    public String toString() {
        // The hash stays out of logs and exception messages.
        return "LocalAccountView[user=" + user + ", enabled=" + enabled + ", mustChangePassword=" + mustChangePassword
                + ", accountId=" + accountId + "]";
    }
}
