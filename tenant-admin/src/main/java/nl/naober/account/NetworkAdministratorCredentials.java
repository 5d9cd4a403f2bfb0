package nl.naober.account;

/**
 * A new network administrator's login with its one-time password: handed out once, in the response that created
 * it, and stored nowhere but as a hash.
 */
public record NetworkAdministratorCredentials(String username, String networkCode, String oneTimePassword) {

    @Override
    public String toString() {
        // The password stays out of logs and exception messages.
        return "NetworkAdministratorCredentials[username=" + username + ", networkCode=" + networkCode + "]";
    }
}
