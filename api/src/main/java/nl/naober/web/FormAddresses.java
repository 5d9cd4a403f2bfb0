package nl.naober.web;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The page an in-page form's POST address belongs to: the nearest address above it that a screen shows with GET
 * ({@code /koppelingen/{id}/signalen} → {@code /koppelingen/{id}}). A browser that reloads or bookmarks a POST
 * address after an old-style answer is sent there instead of meeting a 405.
 */
@Component
public class FormAddresses {

    private final RequestMappingHandlerMapping mappings;

    FormAddresses(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    /** The page above a screen's POST-only address, if there is one (never for the REST API's addresses). */
    public Optional<String> pageOf(String postAddress) {
        if (postAddress == null || postAddress.startsWith("/api/") || !postAddress.startsWith("/")) {
            return Optional.empty();
        }
        List<PathPattern> pages = getPages();
        String candidate = postAddress;
        while (candidate.lastIndexOf('/') > 0) {
            candidate = candidate.substring(0, candidate.lastIndexOf('/'));
            PathContainer path = PathContainer.parsePath(candidate);
            if (pages.stream().anyMatch(page -> page.matches(path))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The address patterns of the screens that answer GET (a mapping without methods answers every one). */
    private List<PathPattern> getPages() {
        return mappings.getHandlerMethods().entrySet().stream()
                .filter(entry -> isGet(entry.getKey()))
                .filter(entry -> !entry.getValue()
                        .getBeanType()
                        .isAnnotationPresent(org.springframework.web.bind.annotation.RestController.class))
                .flatMap(entry -> entry.getKey().getPathPatternsCondition() == null
                        ? java.util.stream.Stream.empty()
                        : entry.getKey().getPathPatternsCondition().getPatterns().stream())
                .filter(pattern -> !pattern.getPatternString().startsWith("/api/")
                        && !pattern.getPatternString().startsWith("/error"))
                .toList();
    }

    private static boolean isGet(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }
}
