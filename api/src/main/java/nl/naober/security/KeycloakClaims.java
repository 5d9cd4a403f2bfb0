package nl.naober.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Reads a Naober user from Keycloak's claims, the same for an API access token and a screen login's ID token:
 * the role from {@code realm_access.roles} (Spring Security ignores that claim by default), the municipality or
 * network from the membership claim, the name from {@code preferred_username}. A token with several Naober roles
 * gets none (403): which one was meant cannot be told, and taking the strongest would widen access.
 */
final class KeycloakClaims {

    private final String membershipClaim;

    KeycloakClaims(String membershipClaim) {
        this.membershipClaim = membershipClaim;
    }

    String name(Map<String, Object> claims) {
        Object name = claims.get("preferred_username");
        return name != null ? name.toString() : String.valueOf(claims.get("sub"));
    }

    /** Empty when the token carries no Naober role. */
    Optional<CurrentUser> user(Map<String, Object> claims) {
        return role(claims).map(role -> CurrentUser.of(name(claims), role, membership(claims)));
    }

    static List<GrantedAuthority> authorities(Optional<CurrentUser> user) {
        return user.<List<GrantedAuthority>>map(
                        u -> List.of(new SimpleGrantedAuthority(u.role().authority())))
                .orElse(List.of());
    }

    private static Optional<Role> role(Map<String, Object> claims) {
        if (!(claims.get("realm_access") instanceof Map<?, ?> realmAccess)
                || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return Optional.empty();
        }
        List<Role> naoberRoles = Arrays.stream(Role.values())
                .filter(role -> roles.contains(role.realmRole()))
                .toList();
        return naoberRoles.size() == 1 ? Optional.of(naoberRoles.get(0)) : Optional.empty();
    }

    private String membership(Map<String, Object> claims) {
        Object claim = claims.get(membershipClaim);
        if (claim instanceof String code) {
            return code;
        }
        if (claim instanceof Collection<?> codes && codes.size() == 1) {
            return String.valueOf(codes.iterator().next());
        }
        if (claim instanceof Map<?, ?> organisations && organisations.size() == 1) {
            return String.valueOf(organisations.keySet().iterator().next());
        }
        return null; // none, or ambiguous: a user belongs to exactly one municipality or network
    }
}
