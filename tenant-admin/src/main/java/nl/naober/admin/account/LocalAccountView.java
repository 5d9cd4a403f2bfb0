package nl.naober.admin.account;

import nl.naober.core.identity.CurrentUser;

/** What logging in needs of a local account. */
public record LocalAccountView(CurrentUser user, String passwordHash, boolean enabled) {

    @Override
    public String toString() {
        // The hash stays out of logs and exception messages.
        return "LocalAccountView[user=" + user + ", enabled=" + enabled + "]";
    }
}
