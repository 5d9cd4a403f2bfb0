package nl.naober.security;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The screens' one client registration, discovered from the issuer on the first login rather than at start-up,
 * so Naober starts (and serves REST) while Keycloak is still starting. A failed discovery is retried next time.
 */
final class KeycloakClientRegistrations implements ClientRegistrationRepository {

    private final OidcProperties oidc;
    private final AtomicReference<ClientRegistration> registration = new AtomicReference<>();

    KeycloakClientRegistrations(OidcProperties oidc) {
        this.oidc = oidc;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!OidcProperties.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration.get();
        if (known == null) {
            known = discover();
            registration.compareAndSet(null, known);
        }
        return known;
    }

    private ClientRegistration discover() {
        // Spring Security 7 sends PKCE (S256) for authorization-code clients by default; Keycloak requires it.
        return ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
                .registrationId(OidcProperties.REGISTRATION_ID)
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .userNameAttributeName("preferred_username")
                .build();
    }
}
