package nl.naober.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import nl.naober.web.problem.ProblemResponseWriter;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Sets the tenant context for {@code /api/v1/municipalities/{code}/...}, after authentication. The code must be
 * an active municipality in the registry that the caller may enter; otherwise the answer is 404 with the same body
 * as for a code that does not exist, so nobody learns which municipalities exist. Left in {@code finally}.
 */
public class TenantContextFilter extends OncePerRequestFilter {

    private static final Pattern MUNICIPALITY_PATH = Pattern.compile("^/api/v1/municipalities/([^/]+)(/.*)?$");

    private final MunicipalityRegistry registry;
    private final ProblemResponseWriter problems;
    private final UrlPathHelper paths = new UrlPathHelper();

    public TenantContextFilter(MunicipalityRegistry registry, ProblemResponseWriter problems) {
        this.registry = registry;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher path = MUNICIPALITY_PATH.matcher(paths.getPathWithinApplication(request));
        if (!path.matches()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<MunicipalitySummary> municipality = CurrentUsers.current()
                .flatMap(user -> registry.findActiveMunicipality(path.group(1))
                        .filter(candidate -> MunicipalityAccess.mayEnter(user, candidate)));
        if (municipality.isEmpty()) {
            problems.write(request, response, HttpStatus.NOT_FOUND, "municipality-not-found");
            return;
        }
        try (TenantContext.Scope ignored =
                TenantContext.enter(Tenant.of(municipality.get().code()))) {
            chain.doFilter(request, response);
        }
    }
}
