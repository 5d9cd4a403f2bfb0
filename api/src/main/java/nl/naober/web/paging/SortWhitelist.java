package nl.naober.web.paging;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A paged list sorts only on the properties it offers: those of its {@code @PageableDefault} and its
 * {@link SortableBy}. Spring Data hands any {@code sort} text on to the query, where a name that is no property
 * ({@code class}, {@code (select 1)}, {@code %_\}) failed as a 500 deep in JPA or Hibernate, and a property that is
 * not shown (a hashed password, an encrypted note) would still order the rows and leak through their order. So the
 * text is checked against the list's own whitelist before the argument is bound: 400 otherwise.
 */
@Configuration(proxyBeanMethods = false)
class SortWhitelist implements WebMvcConfigurer, HandlerInterceptor {

    /** Spring Data's parameter name and delimiter (not changed in application.yaml). */
    static final String PARAMETER = "sort";

    private static final Set<String> DIRECTIONS = Set.of("asc", "desc");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // After the role and scope checks: a caller without access learns nothing about the list's properties.
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String[] sorts = request.getParameterValues(PARAMETER);
        if (sorts == null || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        for (MethodParameter parameter : method.getMethodParameters()) {
            if (Pageable.class.isAssignableFrom(parameter.getParameterType())) {
                List<String> offered = offered(parameter);
                for (String sort : sorts) {
                    if (!offered.containsAll(properties(sort))) {
                        throw new SortNotOffered(offered);
                    }
                }
            }
        }
        return true;
    }

    static List<String> offered(MethodParameter parameter) {
        Set<String> offered = new LinkedHashSet<>();
        PageableDefault defaults = parameter.getParameterAnnotation(PageableDefault.class);
        if (defaults != null) {
            offered.addAll(Arrays.asList(defaults.sort()));
        }
        SortableBy more = parameter.getParameterAnnotation(SortableBy.class);
        if (more != null) {
            offered.addAll(Arrays.asList(more.value()));
        }
        return List.copyOf(offered);
    }

    /**
     * The properties of one {@code sort} value as Spring Data reads it: comma-separated, blanks skipped, the last
     * element a direction when it is {@code asc} or {@code desc}.
     */
    static List<String> properties(String sort) {
        List<String> elements = new ArrayList<>(Arrays.asList(sort.split(",", -1)));
        if (!elements.isEmpty()
                && DIRECTIONS.contains(elements.get(elements.size() - 1).toLowerCase(Locale.ROOT))) {
            elements.remove(elements.size() - 1);
        }
        return elements.stream().filter(element -> !element.isBlank()).toList();
    }
}
