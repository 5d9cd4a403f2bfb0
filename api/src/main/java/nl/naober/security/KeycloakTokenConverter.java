package nl.naober.security;

import java.util.Optional;
import nl.naober.identity.CurrentUser;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Turns a Keycloak access token into a Naober user (see {@link KeycloakClaims}). */
class KeycloakTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final KeycloakClaims claims;

    KeycloakTokenConverter(KeycloakClaims claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String name = claims.name(jwt.getClaims());
        Optional<CurrentUser> user = claims.user(jwt.getClaims());
        return new JwtAuthenticationToken(
                jwt, new TokenUser(name, user, jwt.getSubject()), KeycloakClaims.authorities(user));
    }
}
