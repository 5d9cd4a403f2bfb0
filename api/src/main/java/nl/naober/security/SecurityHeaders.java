package nl.naober.security;

import java.net.URI;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of every chain, on top of Spring Security's defaults ({@code X-Content-Type-Options: nosniff},
 * {@code X-Frame-Options: DENY}, no caching of authenticated answers). Screens: {@link ContentSecurityPolicy#SCREENS}
 * (or a chain's extension of it), no {@code Referer} to other sites (a path such as {@code /gezinnen/<id>} says
 * whose file was open), and no camera, microphone, location or payment for the page or anything injected into it.
 * REST: {@link ContentSecurityPolicy#API}. Both: {@code Strict-Transport-Security} for a year, on answers to HTTPS
 * requests only; behind a proxy that ends TLS Tomcat must trust its {@code X-Forwarded-Proto}
 * ({@code server.forward-headers-strategy: native}, set under {@code prod}).
 */
public final class SecurityHeaders {

    /** Powerful features no screen uses. */
    static final String PERMISSIONS = "accelerometer=(), autoplay=(), bluetooth=(), camera=(), display-capture=(),"
            + " geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(),"
            + " publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    private static final int ONE_YEAR = 365 * 24 * 60 * 60;

    private SecurityHeaders() {}

    /** The screens' headers with the given policy: {@link ContentSecurityPolicy#SCREENS} or an extension of it. */
    public static Customizer<HeadersConfigurer<HttpSecurity>> screens(ContentSecurityPolicy policy) {
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy.toString()))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS))
                .httpStrictTransportSecurity(SecurityHeaders::oneYear);
    }

    /** The REST chains' headers. */
    public static void api(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.API.toString()))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(SecurityHeaders::oneYear);
    }

    /** The origin of a URL ({@code https://login.example.nl} of its realm's issuer), for a policy's source list. */
    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static void oneYear(HeadersConfigurer<HttpSecurity>.HstsConfig hsts) {
        // only where the request was secure (Spring's default matcher): over plain HTTP a browser ignores it anyway
        hsts.maxAgeInSeconds(ONE_YEAR).includeSubDomains(true);
    }
}
