package nl.naober.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Evaluates an API operation's {@code @PreAuthorize} role rule before its arguments are bound. Method security
 * alone runs after binding, so a caller without the role would first get the body's validation messages (400)
 * instead of 403. The rules are plain role checks (no method arguments), which is what makes them decidable here;
 * method security still checks them again at the call.
 */
@Configuration(proxyBeanMethods = false)
class RoleRuleBeforeBinding implements WebMvcConfigurer, HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

    RoleRuleBeforeBinding(ApplicationContext context) {
        rules.setApplicationContext(context);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**").order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            AuthorizationResult result = rules.authorize(
                    SecurityContextHolder.getContext()::getAuthentication,
                    new SimpleMethodInvocation(method.getBean(), method.getMethod()));
            if (result != null && !result.isGranted()) {
                throw new AuthorizationDeniedException("role rule of " + method.getShortLogMessage(), result);
            }
        }
        return true;
    }
}
