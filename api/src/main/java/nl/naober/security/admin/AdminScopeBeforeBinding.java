package nl.naober.security.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import nl.naober.municipality.MunicipalityAdministration;
import nl.naober.programme.NotFoundException;
import nl.naober.security.CurrentUsers;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The municipality or network in an admin path must be the caller's before the body is read: another network's
 * admin gets the 404 of an unknown code, never the validation messages that would confirm the code exists. A
 * network admin reaches the municipalities of its own network in any state (suspended and failed ones are still
 * administered), a coordinator only its own municipality, the platform admin every network. The controllers keep
 * their own, finer checks (an active municipality, the role rule).
 */
@Configuration(proxyBeanMethods = false)
class AdminScopeBeforeBinding implements WebMvcConfigurer, HandlerInterceptor {

    private static final String MUNICIPALITIES = "/api/v1/admin/municipalities/";
    private static final String NETWORKS = "/api/v1/admin/networks/";

    private final MunicipalityAdministration municipalities;

    AdminScopeBeforeBinding(MunicipalityAdministration municipalities) {
        this.municipalities = municipalities;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns(MUNICIPALITIES + "*", MUNICIPALITIES + "*/**", NETWORKS + "*", NETWORKS + "*/**")
                .order(0);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)
                || !(variables.get("code") instanceof String code)) {
            return true;
        }
        CurrentUser user = CurrentUsers.current().orElseThrow(() -> NotFoundException.of("municipality", null));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(NETWORKS)) {
            if (user.role() != Role.PLATFORM_ADMIN && !code.equals(user.network())) {
                throw NotFoundException.of("network", null);
            }
        } else if (!administers(user, code)) {
            throw NotFoundException.of("municipality", null);
        }
        return true;
    }

    private boolean administers(CurrentUser user, String code) {
        return switch (user.role()) {
            case NETWORK_ADMIN -> user.network() != null && municipalities.administers(user.network(), code);
            case COORDINATOR -> code.equals(user.municipality());
            default -> false;
        };
    }
}
