package nl.naober.identity;

import java.io.Serializable;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling, in both security modes: the role and the one municipality or network the user belongs to.
 * Membership comes from the catalog account (local mode) or the token (keycloak mode), never from the request.
 *
 * @param municipality the municipality code for coordinators and policy officers, else {@code null}
 * @param network the network code for network admins, else {@code null}
 */
// Serializable: a screen session holds it, and sessions are stored in the catalog for every replica.
public record CurrentUser(
        String username,
        Role role,
        @Nullable String municipality,
        @Nullable String network) implements Serializable {

    public static CurrentUser of(String username, Role role, @Nullable String membershipCode) {
        return switch (role.membership()) {
            case MUNICIPALITY -> new CurrentUser(username, role, membershipCode, null);
            case NETWORK -> new CurrentUser(username, role, null, membershipCode);
            case NONE -> new CurrentUser(username, role, null, null);
        };
    }

    /** False for a municipal or network role without its membership: such a user may do nothing. */
    public boolean hasMembership() {
        return switch (role.membership()) {
            case MUNICIPALITY -> municipality != null;
            case NETWORK -> network != null;
            case NONE -> true;
        };
    }

    public Optional<String> municipalityCode() {
        return Optional.ofNullable(municipality);
    }
}
