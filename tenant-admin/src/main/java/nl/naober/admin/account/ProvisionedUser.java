package nl.naober.admin.account;

/**
 * A user just created in the directory.
 *
 * @param oneTimePassword the generated password in local mode, to be handed over once and never stored or logged;
 *     {@code null} when the directory lets the user set a password itself (Keycloak's required action)
 */
public record ProvisionedUser(DirectoryUser user, String oneTimePassword) {

    @Override
    public String toString() {
        return "ProvisionedUser[user=" + user + "]";
    }
}
