package nl.naober.admin.account;

/** No {@link UserDirectory} in this mode yet (keycloak mode until its implementation lands). */
public class UserDirectoryUnavailableException extends RuntimeException {

    UserDirectoryUnavailableException() {
        super("No user directory is configured in this security mode");
    }
}
