package nl.naober.api.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.naober.core.identity.CurrentUser;
import nl.naober.core.identity.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a Keycloak access token into a Naober user: the role from {@code realm_access.roles} (Spring Security
 * ignores that claim by default), the municipality or network from the membership claim, the name from
 * {@code preferred_username}. A token with several Naober roles gets the first in {@link Role}'s order.
 */
class KeycloakTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String membershipClaim;

    KeycloakTokenConverter(String membershipClaim) {
        this.membershipClaim = membershipClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String name =
                Optional.ofNullable(jwt.getClaimAsString("preferred_username")).orElse(jwt.getSubject());
        Optional<Role> role = role(jwt);
        Optional<CurrentUser> user = role.map(r -> CurrentUser.of(name, r, membership(jwt)));
        List<SimpleGrantedAuthority> authorities = role.map(r -> List.of(new SimpleGrantedAuthority(r.authority())))
                .orElse(List.of());
        return new JwtAuthenticationToken(jwt, new TokenUser(name, user), authorities);
    }

    private static Optional<Role> role(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return Optional.empty();
        }
        return Arrays.stream(Role.values())
                .filter(role -> roles.contains(role.realmRole()))
                .findFirst();
    }

    private String membership(Jwt jwt) {
        Object claim = jwt.getClaims().get(membershipClaim);
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
