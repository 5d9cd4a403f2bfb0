package nl.naober.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.naober.audit.AdminAudit;
import nl.naober.audit.AuditEvent;
import nl.naober.catalog.CatalogTransactional;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
import org.springframework.stereotype.Service;

/**
 * The web sites of a municipality that embed its registration form and may call the public registration API from
 * a browser (CORS). Only origins: scheme, host and port, nothing else, so no path can widen what is allowed.
 */
@Service
public class PublicFormOrigins {

    public static final String INVALID_ORIGIN = "rule.public-form-origin-invalid";
    public static final String TOO_MANY_ORIGINS = "rule.public-form-origins-too-many";
    static final int MAX_ORIGINS = 10;

    private final MunicipalitySettingsRepository settings;
    private final MunicipalityRegistry registry;
    private final AdminAudit audit;
    private final Clock clock;

    PublicFormOrigins(
            MunicipalitySettingsRepository settings, MunicipalityRegistry registry, AdminAudit audit, Clock clock) {
        this.settings = settings;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    /** The allowed origins, e.g. {@code https://www.middendrenthe.nl}; empty when none. */
    @CatalogTransactional(readOnly = true)
    public List<String> of(String municipalityCode) {
        return settings.findById(municipalityCode)
                .map(MunicipalitySettings::publicFormOrigins)
                .map(PublicFormOrigins::split)
                .orElse(List.of());
    }

    /** Replaces the allowed origins; each must be an http(s) origin without path, query or fragment. */
    @CatalogTransactional
    public List<String> change(String municipalityCode, List<String> origins) {
        MunicipalitySummary municipality = registry.findActiveMunicipality(municipalityCode)
                .orElseThrow(() -> NotFoundException.of("municipality", null));
        List<String> normalised = normalise(origins);
        MunicipalitySettings stored =
                settings.findById(municipalityCode).orElseGet(() -> new MunicipalitySettings(municipalityCode));
        String before = stored.publicFormOrigins();
        String after = normalised.isEmpty() ? null : String.join(" ", normalised);
        stored.changePublicFormOrigins(after, clock.instant());
        settings.saveAndFlush(stored);
        audit.record(new AuditEvent(
                "PUBLIC_FORM_ORIGINS_CHANGED",
                municipality.networkCode(),
                municipalityCode,
                "public form " + municipalityCode,
                before,
                after));
        return normalised;
    }

    static List<String> normalise(List<String> origins) {
        Set<String> result = new LinkedHashSet<>();
        for (String origin : origins == null ? List.<String>of() : origins) {
            if (origin != null && !origin.isBlank()) {
                result.add(origin(origin.strip()));
            }
        }
        if (result.size() > MAX_ORIGINS) {
            throw RuleViolationException.of(TOO_MANY_ORIGINS);
        }
        return new ArrayList<>(result);
    }

    private static String origin(String text) {
        try {
            URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean onlyOrigin = (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null;
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || !onlyOrigin) {
                throw RuleViolationException.of(INVALID_ORIGIN);
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException malformed) {
            throw RuleViolationException.of(INVALID_ORIGIN);
        }
    }

    private static List<String> split(String stored) {
        return Arrays.stream(stored.split("\\s+")).filter(s -> !s.isBlank()).toList();
    }
}
