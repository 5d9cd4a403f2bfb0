package nl.naober.account;

/**
 * A user just created in the directory.
 *
 * @param oneTimePassword the generated password, to be handed over once and never stored in plain text or logged:
 *     in local mode a catalog password marked must-change, in keycloak mode a temporary Keycloak password that
 *     Keycloak makes the user replace at first login
 */
public record ProvisionedUser(DirectoryUser user, String oneTimePassword) {

    @Override
    public String toString() {
        return "ProvisionedUser[user=" + user + "]";
    }
}
