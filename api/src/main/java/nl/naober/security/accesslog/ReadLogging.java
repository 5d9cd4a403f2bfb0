package nl.naober.security.accesslog;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.naober.accesslog.AccessEntry;
import nl.naober.accesslog.AccessLog;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes the lines of what a response shows, before it is sent; a failed write throws and the response becomes an
 * error. Case screens and case REST run in the caller's municipality already; an administrator's screen of one
 * municipality (its outbox) is logged in the municipality its path names, which the admin scope has checked.
 */
@Component
class ReadLogging {

    private final AccessLog log;
    private final MunicipalityRegistry registry;

    ReadLogging(AccessLog log, MunicipalityRegistry registry) {
        this.log = log;
        this.registry = registry;
    }

    void logShown(HttpServletRequest request, Object shown) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        List<AccessEntry> entries = PersonalDataReads.of(shown, path, endpoint(request));
        if (entries.isEmpty()) {
            return;
        }
        Optional<Tenant> tenant = TenantContext.current().or(() -> municipalityInPath(request));
        Tenant municipality = tenant.orElseThrow(
                () -> new IllegalStateException("personal data shown outside a municipality: cannot log " + path));
        TenantContext.run(municipality, () -> log.record(entries));
    }

    private Optional<Tenant> municipalityInPath(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("code") instanceof String code) {
            return registry.findActive(code);
        }
        return Optional.empty();
    }

    private static String endpoint(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
    }
}
