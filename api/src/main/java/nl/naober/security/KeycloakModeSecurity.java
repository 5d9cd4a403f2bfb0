package nl.naober.security;

import java.util.List;
import nl.naober.municipality.MunicipalityRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OidcBackChannelLogoutHandler;
import org.springframework.security.oauth2.client.oidc.session.InMemoryOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Keycloak mode ({@code NAOBER_OIDC_ISSUER_URI} set): REST takes bearer JWTs of that issuer, for this audience,
 * signed with a key from the issuer's JWKS. Screens log in through Keycloak's login page (authorization code with
 * PKCE, a confidential client) and logging out ends the Keycloak session too. When Keycloak ends a session (the user
 * logs out elsewhere, an administrator or Naober's own deactivation signs the user out), Keycloak tells Naober on the
 * back channel (OIDC Back-Channel Logout) and Naober ends its screen sessions of that Keycloak session.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SecurityMode.Keycloak.class)
@EnableConfigurationProperties(OidcProperties.class)
class KeycloakModeSecurity {

    private static final String LOGIN = "/oauth2/authorization/" + OidcProperties.REGISTRATION_ID;

    @Bean
    JwtDecoder jwtDecoder(OidcProperties oidc) {
        // Discovery happens on the first token, so Naober starts even while Keycloak is still starting.
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(oidc.issuerUri());
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    new JwtTimestampValidator(oidc.clockSkew()),
                    new JwtIssuerValidator(oidc.issuerUri()),
                    new JwtClaimValidator<List<String>>(
                            JwtClaimNames.AUD, audience -> audience != null && audience.contains(oidc.audience()))));
            return decoder;
        });
    }

    @Bean
    ClientRegistrationRepository keycloakClientRegistrations(OidcProperties oidc) {
        return new KeycloakClientRegistrations(oidc);
    }

    /** Which Naober sessions belong to which Keycloak session ({@code sid}), for the back-channel logout. */
    @Bean
    OidcSessionRegistry oidcSessionRegistry() {
        return new InMemoryOidcSessionRegistry();
    }

    /** Session ends reach Spring Security, so the registry forgets sessions that expired or were logged out. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Ends each Naober session of a Keycloak session that Keycloak reported as ended, by posting that session's cookie
     * with the logout token to this instance's own back-channel endpoint. Spring Security's default posts to the URL
     * Keycloak called ({@code NAOBER_BASE_URL}): behind a load balancer that can be another instance, which does not
     * have the session, or leave the network. So it calls itself on loopback, on the port this instance listens on.
     */
    @Bean
    OidcBackChannelLogoutHandler oidcBackChannelLogoutHandler(OidcSessionRegistry sessions, Environment environment) {
        OidcBackChannelLogoutHandler handler = new OidcBackChannelLogoutHandler(sessions);
        handler.setSessionCookieName(environment.getProperty("server.servlet.session.cookie.name", "JSESSIONID"));
        return handler;
    }

    @Bean
    ApplicationListener<WebServerInitializedEvent> backChannelLogoutOnLoopback(OidcBackChannelLogoutHandler handler) {
        return event -> {
            if (event.getApplicationContext().getServerNamespace() == null) { // the main port, not the management one
                handler.setLogoutUri("http://localhost:" + event.getWebServer().getPort()
                        + "{basePath}/logout/connect/back-channel/{registrationId}");
            }
        };
    }

    @Bean
    ApiAuthentication keycloakAuthentication(
            OidcProperties oidc,
            ClientRegistrationRepository registrations,
            MunicipalityRegistry registry,
            OidcBackChannelLogoutHandler backChannelLogout) {
        KeycloakTokenConverter converter = new KeycloakTokenConverter(new KeycloakClaims(oidc.membershipClaim()));
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
                var logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
                logout.setPostLogoutRedirectUri("{baseUrl}/login?logout");
                http.oauth2Login(login -> login.loginPage(LOGIN)
                                .failureUrl("/login?denied")
                                .userInfoEndpoint(userInfo ->
                                        userInfo.oidcUserService(naoberUsersOnly(oidc.membershipClaim(), registry))))
                        .exceptionHandling(exceptions ->
                                exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN)))
                        .logout(out -> out.logoutSuccessHandler(logout))
                        // logging out posts to /logout, which sends the browser on to Keycloak's end-session
                        // endpoint; browsers hold a form's redirects to form-action too
                        .headers(SecurityHeaders.screens(ContentSecurityPolicy.SCREENS.allowing(
                                "form-action", SecurityHeaders.origin(oidc.issuerUri()))))
                        // POST /logout/connect/back-channel/keycloak from Keycloak (the realm's backchannel.logout.url)
                        .oidcLogout(oidcLogout ->
                                oidcLogout.backChannel(backChannel -> backChannel.logoutHandler(backChannelLogout)));
            }
        };
    }

    /**
     * A Keycloak user without a Naober role, without a municipality or network, or of a suspended municipality
     * does not get a session: the login ends on the login page with a message instead of on forbidden pages.
     */
    private static OAuth2UserService<OidcUserRequest, OidcUser> naoberUsersOnly(
            String membershipClaim, MunicipalityRegistry registry) {
        OidcUserService keycloak = new OidcUserService();
        return request -> {
            KeycloakOidcUser user = new KeycloakOidcUser(keycloak.loadUser(request), membershipClaim);
            boolean admitted = user.currentUser()
                    .filter(u -> u.hasMembership() && registry.admitsLogin(u))
                    .isPresent();
            if (!admitted) {
                throw new OAuth2AuthenticationException(new OAuth2Error("access_denied"), "no Naober access");
            }
            return user;
        };
    }
}
