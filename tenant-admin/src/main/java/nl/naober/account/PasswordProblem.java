package nl.naober.account;

/** Why a new password of one's own is refused; the screen shows each at its field. */
public enum PasswordProblem {
    /** The current password (or the one-time password) given is not the account's. */
    CURRENT_WRONG,
    /** Shorter than {@link LocalAccounts#MIN_PASSWORD_LENGTH} characters. */
    TOO_SHORT,
    /** Longer than BCrypt reads ({@link LocalAccounts#MAX_PASSWORD_BYTES} bytes): the rest would be ignored. */
    TOO_LONG,
    /** The same as the current password: nothing would change, a one-time password would stay in use. */
    SAME_AS_CURRENT
}
