package nl.naober.security;

import nl.naober.identity.CurrentUser;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.web.problem.ProblemResponseWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * One authorization model behind both modes. REST ({@code /api/**}): authenticated, with a membership (else 403),
 * then the municipality in the path must be the caller's (else 404, {@link TenantContextFilter}), then the
 * controller's role rule. Screens: a login, then the same rules through the same services. The public registration
 * ({@code /api/v1/public/**}, {@code /aanmelden/**}) needs no login and has chains of its own that come first
 * ({@code nl.naober.registration.web.PublicRegistrationSecurity}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String[] PUBLIC_PATHS = {
        "/login",
        "/css/**",
        "/favicon.ico",
        "/error",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**"
    };

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ApiAuthentication authentication,
            ProblemSecurityHandlers handlers,
            MunicipalityRegistry registry,
            ProblemResponseWriter problems,
            StillAdmitted stillAdmitted)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().access(membershipRequired()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable) // stateless: no cookie, nothing to forge
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(SecurityHeaders::api)
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(handlers.forbidden()))
                .addFilterBefore(stillAdmitted.filter(), AuthorizationFilter.class)
                .addFilterAfter(new TenantContextFilter(registry, problems), AuthorizationFilter.class);
        authentication.configureApi(http, handlers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain screens(
            HttpSecurity http,
            ApiAuthentication authentication,
            MunicipalityRegistry registry,
            StillAdmitted stillAdmitted,
            SessionLifetime sessionLifetime)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .headers(SecurityHeaders.screens(ContentSecurityPolicy.SCREENS))
                .addFilterBefore(sessionLifetime.filter(), AuthorizationFilter.class)
                .addFilterBefore(stillAdmitted.filter(), AuthorizationFilter.class)
                .addFilterAfter(new OwnMunicipalityFilter(registry), AuthorizationFilter.class);
        authentication.configureScreens(http);
        return http.build();
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemSecurityHandlers handlers) {
        return handlers.notFound();
    }

    /** A user with a municipal or network role but no membership may do nothing at all. */
    private static AuthorizationManager<RequestAuthorizationContext> membershipRequired() {
        return (authentication, context) -> new AuthorizationDecision(CurrentUsers.of(authentication.get())
                .filter(CurrentUser::hasMembership)
                .isPresent());
    }
}
