package nl.naober.admin.account;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Where the coordinators and policy officers of municipalities live: the catalog's local accounts in local mode
 * ({@link LocalUserDirectory}), Keycloak in keycloak mode. {@link MunicipalUsers} checks the rules (role,
 * organisation, unique name) and audits; an implementation only reads and writes its store and never logs or
 * returns a password other than the one-time password of {@link #create}.
 *
 * <p>A Keycloak implementation (with {@code org.keycloak:keycloak-admin-client}, active when
 * {@code naober.oidc.issuer-uri} is set) must, per method: {@link #list} the realm's users who are members of the
 * municipality's organisation and have realm role {@code coordinator} or {@code policy-officer}, paged;
 * {@link #create} the user (username, enabled), assign the realm role ({@link MunicipalRole#role()}'s
 * {@code realmRole()}), add it as member of the Keycloak organisation whose alias is the municipality code (the
 * membership claim), store the welfare organisation id as user attribute {@code welfare_organisation_id}, set the
 * required action {@code UPDATE_PASSWORD} (and send the execute-actions e-mail) and return no password;
 * {@link #setEnabled} toggle the user's {@code enabled} flag (and log out its sessions when disabling);
 * {@link #exists} search by exact username over the whole realm. A failing Keycloak call must not leave a half-made
 * user behind: when a step after creating the user fails, delete the user again and throw.
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
