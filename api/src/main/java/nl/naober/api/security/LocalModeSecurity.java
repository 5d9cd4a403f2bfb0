package nl.naober.api.security;

import nl.naober.admin.account.LocalAccounts;
import nl.naober.admin.municipality.MunicipalityRegistry;
import nl.naober.api.database.ExternalDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The default mode: accounts from the catalog, HTTP Basic for REST, a Dutch login form for screens. For
 * development and demos only, so it refuses to start under the {@code prod} profile, and with a database other than
 * the embedded one unless that is asked for.
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
    ApiAuthentication localAuthentication() {
        return new ApiAuthentication() {
            @Override
            public void configureApi(HttpSecurity http, ProblemSecurityHandlers handlers) throws Exception {
                var entryPoint = handlers.unauthorized((request, response, exception) ->
                        response.setHeader("WWW-Authenticate", "Basic realm=\"Naober\", charset=\"UTF-8\""));
                http.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint));
            }

            @Override
            public void configureScreens(HttpSecurity http) throws Exception {
                http.formLogin(form -> form.loginPage("/login").permitAll()).logout(Customizer.withDefaults());
            }
        };
    }
}
