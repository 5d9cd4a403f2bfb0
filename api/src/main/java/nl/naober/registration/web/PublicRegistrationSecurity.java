package nl.naober.registration.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.security.ContentSecurityPolicy;
import nl.naober.security.SecurityHeaders;
import nl.naober.settings.PublicFormOrigins;
import nl.naober.web.problem.ProblemResponseWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.web.filter.CorsFilter;

/**
 * The two ways in without a login, ahead of the authenticated chains of {@code SecurityConfiguration} (orders 1
 * and 2) and the same in local and keycloak mode.
 *
 * <ul>
 *   <li>{@code /api/v1/public/**}: stateless and without CSRF (no cookie or session a forged request could ride
 *       on), CORS per municipality, a body limit. An {@code Authorization} header is ignored, not checked.
 *   <li>{@code /aanmelden/**}: the Dutch pages, with CSRF protection. The token lives in a cookie rather than the
 *       session, so a family that takes an hour over the form does not find it refused when it finally sends it.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class PublicRegistrationSecurity {

    static final String API = "/api/v1/public/**";
    static final String PAGES = "/aanmelden/**";
    /** The proof-of-work widget's scripts (vendored ALTCHA), for the form past the rate limit. */
    static final String WIDGET = "/altcha/**";
    /** Query parameter of the form page after a POST without a valid CSRF token. */
    static final String NOT_SENT = "niet-verstuurd";

    private static final Pattern SAFE_PATH = Pattern.compile("^/aanmelden(/[a-z0-9-]+)*$");
    /** The screens' policy; a source the public form alone needs is added here with {@code allowing}. */
    private static final ContentSecurityPolicy PAGE_POLICY = ContentSecurityPolicy.SCREENS;

    @Bean
    @Order(0)
    SecurityFilterChain publicRegistrationApi(
            HttpSecurity http,
            MunicipalityRegistry registry,
            PublicFormOrigins origins,
            RegistrationProperties properties,
            ProblemResponseWriter problems)
            throws Exception {
        http.securityMatcher(API)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .cors(cors -> cors.configurationSource(new PublicFormCors(registry, origins)))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(SecurityHeaders::api)
                .addFilterAfter(
                        new RequestBodyLimit(properties.maxRequestSize().toBytes(), problems), CorsFilter.class);
        return http.build();
    }

    @Bean
    @Order(0)
    SecurityFilterChain publicRegistrationPages(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName("NAOBER-AANMELDEN-CSRF");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        http.securityMatcher(PAGES)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(tokens))
                // Only a missing or stale token gets here (cookies off or cleared): back to the form, with a word why.
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(
                        (request, response, denied) -> response.sendRedirect(formAgain(request))))
                .headers(SecurityHeaders.screens(PAGE_POLICY))
                .requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /** Static files only: nothing to log in for, no session, no CSRF. */
    @Bean
    @Order(0)
    SecurityFilterChain proofOfWorkWidget(HttpSecurity http) throws Exception {
        http.securityMatcher(WIDGET)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /** The page that was posted, as a GET; only a plain path of ours, never anything a request could redirect to. */
    private static String formAgain(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getContextPath() + (SAFE_PATH.matcher(path).matches() ? path + "?" + NOT_SENT : "/");
    }
}
