package nl.naober.security;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The actuator. Its metrics carry every municipality's counts before any suppression, so on the main port
 * {@code /actuator/prometheus} needs the scrape token ({@link ScrapeToken}); health and info answer anyone, with
 * their components only to the token's holder ({@code management.endpoint.health.show-components: when_authorized}).
 * Under {@code prod} the actuator has a port of its own that is not published outside the cluster: there it answers
 * the scraper and the probes without a token. Spring Security applies the same chains on both ports, hence the port
 * matcher.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain actuator(
            HttpSecurity http, Environment environment, ScrapeToken token, ProblemSecurityHandlers handlers)
            throws Exception {
        RequestMatcher onManagementPort = request -> onManagementPort(environment, request.getLocalPort());
        http.securityMatcher(new OrRequestMatcher(
                        onManagementPort, request -> request.getRequestURI().startsWith("/actuator")))
                .authorizeHttpRequests(requests -> requests.requestMatchers(onManagementPort)
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .hasAuthority(ScrapeToken.AUTHORITY)
                        .anyRequest()
                        .denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable) // no cookie, nothing to forge
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(SecurityHeaders::api)
                .addFilterBefore(token.filter(), AuthorizationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(handlers.unauthorized((request, response, exception) ->
                                response.setHeader("WWW-Authenticate", "Bearer realm=\"naober-metrics\"")))
                        .accessDeniedHandler(handlers.forbidden()));
        return http.build();
    }

    private static boolean onManagementPort(Environment environment, int port) {
        if (ManagementPortType.get(environment) != ManagementPortType.DIFFERENT) {
            return false;
        }
        Integer managementPort = environment.getProperty("local.management.port", Integer.class);
        return managementPort != null && managementPort == port;
    }
}
