package nl.naober.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tenant administration reaches Keycloak's admin API in keycloak mode: a confidential client with a service
 * account that may manage the realm's users (client {@code naober-admin} of {@code infra/keycloak}).
 *
 * @param clientSecret from the environment ({@code NAOBER_KEYCLOAK_ADMIN_CLIENT_SECRET}), never the repository
 * @param membershipAttribute the user attribute the token's membership claim is mapped from
 */
@ConfigurationProperties("naober.keycloak.admin")
public record KeycloakAdminProperties(
        @DefaultValue("naober-admin") String clientId,
        String clientSecret,
        @DefaultValue("organization") String membershipAttribute) {}
