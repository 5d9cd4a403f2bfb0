package nl.naober.account;

/**
 * A token just created: {@code token} is shown this once and stored nowhere, only its hash.
 *
 * @param username the account the token acts as
 */
public record CreatedApiToken(ApiTokenView view, String username, String token) {

    @Override
    public String toString() {
        // The token stays out of logs and exception messages.
        return "CreatedApiToken[" + view.hint() + ", " + username + "]";
    }
}
