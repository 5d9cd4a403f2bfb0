package nl.naober.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keycloak mode settings ({@code NAOBER_OIDC_ISSUER_URI} and friends). Setting the issuer switches Naober from
 * local accounts to Keycloak.
 *
 * @param issuerUri the realm's issuer, e.g. {@code http://localhost:8081/realms/naober}
 * @param audience the audience a token must carry to be accepted here
 * @param membershipClaim the claim with the user's municipality or network code: a string, a list with one code,
 *     or Keycloak's organization map keyed by alias
 */
@ConfigurationProperties("naober.oidc")
public record OidcProperties(
        String issuerUri,
        @DefaultValue("naober-api") String audience,
        @DefaultValue("organization") String membershipClaim) {}
