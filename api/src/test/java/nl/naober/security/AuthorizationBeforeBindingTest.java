package nl.naober.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call an operation is decided before its body is read: another network's admin posting {@code {}} (or no
 * JSON at all) to Hoogeveen learns nothing from a 400 about the fields, and a role without the right gets 403, not
 * the validation messages. Walked over every POST, PUT, PATCH and DELETE of the API, from the application's own
 * mappings.
 */
@NaoberIntegrationTest
class AuthorizationBeforeBindingTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)(:[^}]*)?}");
    private static final List<String> BODIES = List.of("{}", "not json", "{\"version\": \"x\", \"name\": 7}");

    /** Municipal users of Hoogeveen and the admin of its network, by the role name their expression would use. */
    private static final Map<String, String> HOOGEVEEN_USERS = Map.of(
            "COORDINATOR", "coordinator.hoogeveen",
            "POLICY_OFFICER", "policy.hoogeveen",
            "PRIVACY_OFFICER", "privacy.hoogeveen",
            "NETWORK_ADMIN", "admin.buurtgezinnen");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void anotherNetworksAdminGets404BeforeAnyValidation() {
        Http http = new Http(port);
        Map<String, Integer> answers = new TreeMap<>();
        for (Operation operation : operations()) {
            if (!operation.path().startsWith("/api/v1/admin/municipalities/hoogeveen")
                    || !operation.rule().contains("NETWORK_ADMIN")) {
                continue;
            }
            for (String body : BODIES) {
                answers.put(operation + " " + body, send(http, operation, "admin.steunoudernl", body));
            }
        }
        assertThat(answers)
                .isNotEmpty()
                .allSatisfy(
                        (operation, status) -> assertThat(status).as(operation).isEqualTo(404));
    }

    @Test
    void aRoleWithoutTheRightGets403BeforeAnyValidation() {
        Http http = new Http(port);
        Map<String, Integer> answers = new TreeMap<>();
        for (Operation operation : operations()) {
            if (operation.rule().isEmpty()
                    || (!operation.path().startsWith("/api/v1/municipalities/hoogeveen")
                            && !operation.path().startsWith("/api/v1/admin/municipalities/hoogeveen"))) {
                continue; // without a role rule the service decides, after reading the body
            }
            for (Map.Entry<String, String> role : HOOGEVEEN_USERS.entrySet()) {
                boolean caseWork = operation.path().startsWith("/api/v1/municipalities/");
                if (operation.rule().contains(role.getKey())
                        || (caseWork && role.getKey().equals("NETWORK_ADMIN"))) {
                    continue; // allowed, or not a member of the municipality at all (404 by the tenant filter)
                }
                for (String body : BODIES) {
                    answers.put(
                            operation + " as " + role.getValue() + " " + body,
                            send(http, operation, role.getValue(), body));
                }
            }
        }
        assertThat(answers)
                .hasSizeGreaterThan(50)
                .allSatisfy(
                        (operation, status) -> assertThat(status).as(operation).isEqualTo(403));
    }

    @Test
    void anonymousCallersGet401BeforeAnyValidation() {
        Http http = new Http(port);
        for (Operation operation : operations()) {
            if (operation.path().startsWith("/api/v1/public/")) {
                continue;
            }
            assertThat(send(http, operation, null, "{}"))
                    .as(operation.toString())
                    .isEqualTo(401);
        }
    }

    private static Map<String, Integer> otherThan(int expected, Map<String, Integer> answers) {
        Map<String, Integer> others = new TreeMap<>(answers);
        others.values().removeIf(status -> status == expected);
        return others;
    }

    private int send(Http http, Operation operation, String user, String body) {
        HttpRequest.Builder request = http.request(operation.path(), user == null ? null : Http.basic(user))
                .header("Content-Type", "application/json")
                .method(operation.method(), HttpRequest.BodyPublishers.ofString(body));
        return http.send(request).status();
    }

    private record Operation(String method, String path, String rule) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private List<Operation> operations() {
        List<Operation> operations = new java.util.ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (!info.getConsumesCondition().isEmpty()
                    && info.getConsumesCondition().getConsumableMediaTypes().stream()
                            .noneMatch(type -> type.includes(org.springframework.http.MediaType.APPLICATION_JSON))) {
                continue; // a form or upload: its own content type is tried by its own tests
            }
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (!Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE)
                        .contains(method)) {
                    continue;
                }
                for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                    if (pattern.startsWith("/api/")) {
                        operations.add(new Operation(method.name(), fill(pattern), rule(entry.getValue())));
                    }
                }
            }
        }
        return operations;
    }

    private static String rule(HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        return rule == null ? "" : rule.value();
    }

    private static String fill(String pattern) {
        return VARIABLE.matcher(pattern).replaceAll(variable -> switch (variable.group(1)) {
            case "code" -> pattern.startsWith("/api/v1/admin/networks") ? "buurtgezinnen" : "hoogeveen";
            case "username" -> "coordinator.hoogeveen";
            default -> UUID.randomUUID().toString();
        });
    }
}
