package nl.naober.api.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cookies and session limits of the screens. Every cookie Naober sets (the session, the public form's CSRF token) is
 * {@code SameSite=Lax}; Tomcat marks the session cookie {@code Secure} whenever the request came over https, which
 * behind a proxy it knows only with {@code server.forward-headers-strategy} set (docs/security.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SessionProperties.class, LoginThrottleProperties.class})
class SessionConfiguration {

    @Bean
    CookieSameSiteSupplier laxCookies() {
        return CookieSameSiteSupplier.ofLax();
    }
}
