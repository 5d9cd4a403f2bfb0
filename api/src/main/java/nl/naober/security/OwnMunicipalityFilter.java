package nl.naober.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.naober.identity.CurrentUser;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Screens work in the logged-in user's own municipality: there is no municipality in their URLs to get wrong.
 * Users without one (administrators) get no tenant context, so case screens fail for them instead of guessing.
 */
public class OwnMunicipalityFilter extends OncePerRequestFilter {

    private final MunicipalityRegistry registry;

    public OwnMunicipalityFilter(MunicipalityRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Tenant> own =
                CurrentUsers.current().map(CurrentUser::municipality).flatMap(registry::findActive);
        if (own.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try (TenantContext.Scope ignored = TenantContext.enter(own.get())) {
            chain.doFilter(request, response);
        }
    }
}
