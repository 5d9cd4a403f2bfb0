package nl.naober.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keycloak mode settings ({@code NAOBER_OIDC_ISSUER_URI} and friends). Setting the issuer switches Naober from
 * local accounts to Keycloak.
 *
 * @param issuerUri the realm's issuer, e.g. {@code http://localhost:8180/realms/naober}
 * @param audience the audience a token must carry to be accepted here
 * @param membershipClaim the claim with the user's municipality or network code: a string, a list with one code,
 *     or Keycloak's organization map keyed by alias
 * @param clientId the screens' confidential client (authorization code with PKCE)
 * @param clientSecret that client's secret, from the environment ({@code NAOBER_OIDC_CLIENT_SECRET}), never the
 *     repository
 * @param clockSkew how far a token's expiry may lie in the past before it is refused, for clocks that drift
 */
@ConfigurationProperties("naober.oidc")
public record OidcProperties(
        String issuerUri,
        @DefaultValue("naober-api") String audience,
        @DefaultValue("organization") String membershipClaim,
        @DefaultValue("naober-web") String clientId,
        String clientSecret,
        @DefaultValue("PT30S") Duration clockSkew) {

    /** The registration id in Spring Security's URLs: {@code /oauth2/authorization/keycloak}. */
    public static final String REGISTRATION_ID = "keycloak";
}
