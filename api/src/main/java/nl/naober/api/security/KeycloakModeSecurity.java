package nl.naober.api.security;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Keycloak mode ({@code NAOBER_OIDC_ISSUER_URI} set): REST takes bearer JWTs of that issuer, for this audience,
 * signed with a key from the issuer's JWKS. Browser login through Keycloak comes with the screens' OIDC client.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SecurityMode.Keycloak.class)
@EnableConfigurationProperties(OidcProperties.class)
class KeycloakModeSecurity {

    @Bean
    JwtDecoder jwtDecoder(OidcProperties oidc) {
        // Discovery happens on the first token, so Naober starts even while Keycloak is still starting.
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(oidc.issuerUri());
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(oidc.issuerUri()),
                    new JwtClaimValidator<List<String>>(
                            JwtClaimNames.AUD, audience -> audience != null && audience.contains(oidc.audience()))));
            return decoder;
        });
    }

    @Bean
    ApiAuthentication keycloakAuthentication(OidcProperties oidc) {
        KeycloakTokenConverter converter = new KeycloakTokenConverter(oidc.membershipClaim());
        return new ApiAuthentication() {
            @Override
            public void configureApi(HttpSecurity http, ProblemSecurityHandlers handlers) throws Exception {
                var entryPoint = handlers.unauthorized(new BearerTokenAuthenticationEntryPoint());
                http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                                .authenticationEntryPoint(entryPoint)
                                .accessDeniedHandler(handlers.forbidden()))
                        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint));
            }

            @Override
            public void configureScreens(HttpSecurity http) throws Exception {
                http.exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
            }
        };
    }
}
