package nl.naober.registration.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.settings.PublicFormOrigins;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * CORS for the public API, per municipality: only the web sites its network admin listed ({@link
 * PublicFormOrigins}) may call {@code /api/v1/public/municipalities/{code}/registrations} from a browser. Every other
 * origin, and every other public path, gets a configuration that allows nothing, so a preflight from it is refused
 * (403) and its response carries no CORS headers.
 */
class PublicFormCors implements CorsConfigurationSource {

    private static final Pattern REGISTRATIONS =
            Pattern.compile("^/api/v1/public/municipalities/([^/]+)/registrations(/challenge)?$");

    private final MunicipalityRegistry registry;
    private final PublicFormOrigins origins;
    private final UrlPathHelper paths = new UrlPathHelper();

    PublicFormCors(MunicipalityRegistry registry, PublicFormOrigins origins) {
        this.registry = registry;
        this.origins = origins;
    }

    @Override
    public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        if (!CorsUtils.isCorsRequest(request)) {
            return null; // same origin or no browser: nothing to decide, and no catalog lookup
        }
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(allowedOrigins(request));
        configuration.setAllowedMethods(List.of("GET", "POST"));
        configuration.setAllowedHeaders(
                List.of("Content-Type", "Idempotency-Key", "Accept-Language", PublicRegistrationController.ALTCHA));
        // The embedding page's script reads where the receipt is and how long to wait after a 429.
        configuration.setExposedHeaders(List.of("Location", "Retry-After"));
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(Duration.ofMinutes(30));
        return configuration;
    }

    private List<String> allowedOrigins(HttpServletRequest request) {
        Matcher path = REGISTRATIONS.matcher(paths.getPathWithinApplication(request));
        if (!path.matches() || registry.findActiveMunicipality(path.group(1)).isEmpty()) {
            return List.of();
        }
        return origins.of(path.group(1));
    }
}
