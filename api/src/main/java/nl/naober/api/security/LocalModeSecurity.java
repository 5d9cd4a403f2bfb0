package nl.naober.api.security;

import nl.naober.admin.account.LocalAccounts;
import nl.naober.admin.municipality.MunicipalityRegistry;
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
 * development and demos only, so it refuses to start under the {@code prod} profile.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SecurityMode.Local.class)
class LocalModeSecurity {

    LocalModeSecurity(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("Local accounts are for development and demos only; with the prod"
                    + " profile set NAOBER_OIDC_ISSUER_URI to use Keycloak.");
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
