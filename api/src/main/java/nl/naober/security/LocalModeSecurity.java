package nl.naober.security;

import io.github.bucket4j.TimeMeter;
import nl.naober.account.ApiTokens;
import nl.naober.account.LocalAccounts;
import nl.naober.database.ExternalDatabase;
import nl.naober.municipality.MunicipalityRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * The default mode: accounts from the catalog, HTTP Basic for REST, a Dutch login form for screens. For
 * development and demos only, so it refuses to start under the {@code prod} profile, and with a database other than
 * the embedded one unless that is asked for. API callers use API tokens instead of a password. Failed logins are throttled ({@link LoginThrottle}); an account still on
 * its one-time password may only choose its own ({@link PasswordChangeRequired}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SecurityMode.Local.class)
class LocalModeSecurity {

    /** Opts a non-embedded database (a test or demo server) into local accounts. */
    static final String EXTERNAL_DATABASE_OPT_IN = "naober.security.local-mode-with-external-database";

    LocalModeSecurity(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("Local accounts are for development and demos only; with the prod"
                    + " profile set NAOBER_OIDC_ISSUER_URI to use Keycloak.");
        }
        // A real database reached without the prod profile must not be guarded by accounts anyone can look up.
        if (ExternalDatabase.configured(environment)
                && !environment.getProperty(EXTERNAL_DATABASE_OPT_IN, Boolean.class, false)) {
            throw new IllegalStateException("Local accounts are for the embedded database only: with"
                    + " SPRING_DATASOURCE_URL set NAOBER_OIDC_ISSUER_URI to use Keycloak, or, for a test server,"
                    + " opt in with " + EXTERNAL_DATABASE_OPT_IN + "=true.");
        }
    }

    @Bean
    UserDetailsService userDetailsService(LocalAccounts accounts, MunicipalityRegistry registry) {
        // A suspended municipality's users cannot log in at all; its data stays.
        return username -> accounts.findByUsername(username)
                .filter(account -> registry.admitsLogin(account.user()))
                .map(LocalUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    @Bean
    LoginThrottle loginThrottle(LoginThrottleProperties limits) {
        return new LoginThrottle(limits, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /**
     * The password check of the login form and HTTP Basic, throttled. Being the one {@code AuthenticationProvider}
     * bean, it replaces the provider Spring Security would build from the {@code UserDetailsService} bean (which stays
     * a bean for the demo data); the warning about that is switched off in application.yaml.
     */
    @Bean
    AuthenticationProvider throttledLogins(
            UserDetailsService userDetailsService, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledLogins(passwords, throttle);
    }

    /**
     * REST takes HTTP Basic (people trying the API) and API tokens ({@code Authorization: Bearer nbr_…}, for
     * integrations: no BCrypt per request, {@link ApiTokenAuthentication}). Screens take neither token nor Basic.
     */
    @Bean
    ApiAuthentication localAuthentication(ApiTokens tokens, MunicipalityRegistry registry, LoginThrottle throttle) {
        return new ApiAuthentication() {
            @Override
            public void configureApi(HttpSecurity http, ProblemSecurityHandlers handlers) throws Exception {
                AuthenticationEntryPoint basicChallenge = handlers.unauthorized((request, response, exception) ->
                        response.setHeader("WWW-Authenticate", "Basic realm=\"Naober\", charset=\"UTF-8\""));
                AuthenticationEntryPoint entryPoint = throttledOr(handlers, basicChallenge);
                // a refused token: 401 with "Bearer error=invalid_token" (RFC 6750), the same Problem Details body
                AuthenticationEntryPoint tokenEntryPoint =
                        throttledOr(handlers, handlers.unauthorized(new BearerTokenAuthenticationEntryPoint()));
                http.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                        .oauth2ResourceServer(
                                server -> server.authenticationManagerResolver(ApiTokenAuthentication.throttled(
                                                ApiTokenAuthentication.introspector(tokens, registry), throttle))
                                        .authenticationEntryPoint(tokenEntryPoint)
                                        .accessDeniedHandler(handlers.forbidden()))
                        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                        .addFilterBefore(PasswordChangeRequired.forApi(handlers), AuthorizationFilter.class);
            }

            @Override
            public void configureScreens(HttpSecurity http) throws Exception {
                http.formLogin(form -> form.loginPage("/login")
                                .failureHandler(loginFailures())
                                .permitAll())
                        .logout(Customizer.withDefaults())
                        .addFilterBefore(PasswordChangeRequired.forScreens(), AuthorizationFilter.class);
            }
        };
    }

    private static AuthenticationEntryPoint throttledOr(
            ProblemSecurityHandlers handlers, AuthenticationEntryPoint otherwise) {
        return (request, response, exception) -> {
            if (exception instanceof LoginThrottled throttled) {
                handlers.loginThrottled(request, response, throttled);
            } else {
                otherwise.commence(request, response, exception);
            }
        };
    }

    /** A wrong password: "klopt niet"; a throttled attempt: how many minutes to wait, kept in the session. */
    private static AuthenticationFailureHandler loginFailures() {
        AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, exception) -> {
            if (exception instanceof LoginThrottled throttled) {
                request.getSession().setAttribute(LoginPage.THROTTLED_MINUTES, throttled.retryAfterMinutes());
                response.sendRedirect(request.getContextPath() + "/login?te-veel-pogingen");
            } else {
                wrong.onAuthenticationFailure(request, response, exception);
            }
        };
    }
}
