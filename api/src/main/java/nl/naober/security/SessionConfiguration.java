package nl.naober.security;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Cookies and session limits of the screens. Every cookie Naober sets (the session, the public form's CSRF token) is
 * {@code SameSite=Lax}; the session cookie is {@code Secure} whenever the request came over https, which behind a
 * proxy Naober knows only with {@code server.forward-headers-strategy} set (docs/security.md).
 *
 * <p>The sessions themselves are in the catalog ({@code platform.spring_session}, Spring Session JDBC), so that with
 * several replicas any of them serves any session: a load balancer may move a user between pods without a new login.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SessionProperties.class, LoginThrottleProperties.class})
class SessionConfiguration {

    @Bean
    CookieSameSiteSupplier laxCookies() {
        return CookieSameSiteSupplier.ofLax();
    }

    /**
     * The cookie carries the session id itself, not its Base64 form: the OIDC back-channel logout posts the id it
     * registered at login back as the cookie (KeycloakModeSecurity).
     */
    @Bean
    DefaultCookieSerializerCustomizer plainSessionIdCookie() {
        return serializer -> serializer.setUseBase64Encoding(false);
    }

    /**
     * Plain JDBC transactions for the session tables: the primary transaction manager is the tenants' JPA one, which
     * wants a municipality, and a session is saved after the request's tenant context has ended.
     */
    @Bean
    @SpringSessionTransactionManager
    PlatformTransactionManager sessionTransactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }
}
