package nl.naober.account;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Where the coordinators and policy officers of municipalities live: the catalog's local accounts in local mode
 * ({@link LocalUserDirectory}), the Keycloak realm in keycloak mode ({@link KeycloakUserDirectory}).
 * {@link MunicipalUsers} checks the rules (role, organisation, unique name) and audits; an implementation only
 * reads and writes its store and never logs or returns a password other than the one-time password of
 * {@link #create}. A failing step must not leave a half-made user behind.
 */
public interface UserDirectory {

    /** The coordinators and policy officers of the municipality. */
    Page<DirectoryUser> list(String municipalityCode, Pageable pageable);

    /** The user if it is a coordinator or policy officer of this municipality. */
    Optional<DirectoryUser> find(String municipalityCode, String username);

    /** Whether any user (of any municipality, network or role) has this username. */
    boolean exists(String username);

    /** Creates the user, enabled; the caller has checked the username is free and the organisation fits the role. */
    ProvisionedUser create(String municipalityCode, NewMunicipalUser user);

    /** Enables or disables a user found by {@link #find}; a disabled user can no longer log in. */
    DirectoryUser setEnabled(String municipalityCode, String username, boolean enabled);
}
