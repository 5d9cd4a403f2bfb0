package nl.naober.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Swagger UI, the developers' page for the REST API (off under {@code prod} unless asked for): static files open to
 * anyone, as before, with the screens' policy but for one relaxation. Its bundle adds a {@code <style>} element of its
 * own (swagger-api/swagger-ui#10655), so here alone styles may be inline; scripts stay Naober's own files only. The
 * description it reads, {@code /v3/api-docs}, is plain JSON and stays on the screens' chain.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurity {

    static final ContentSecurityPolicy SWAGGER_UI =
            ContentSecurityPolicy.SCREENS.allowing("style-src", "'unsafe-inline'");

    @Bean
    @Order(1)
    SecurityFilterChain apiDocsUi(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable) // static files and a redirect: nothing to forge
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(SecurityHeaders.screens(SWAGGER_UI));
        return http.build();
    }
}
