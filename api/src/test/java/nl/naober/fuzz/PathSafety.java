package nl.naober.fuzz;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The guard that keeps a hostile write from becoming a real one: a path value that a lenient server resolved to a
 * real municipality or user, or a path that normalises onto another operation, would suspend Hoogeveen or
 * deactivate a coordinator for every test after this one. Such inputs are never sent.
 */
final class PathSafety {

    private static final List<String> REAL = List.of(
            "meppel",
            "hoogeveen",
            "de-wolden",
            "dewolden",
            "midden-drenthe",
            "borger-odoorn",
            "emmen",
            "buurtgezinnen",
            "steunoudernl",
            "coordinator",
            "policy",
            "privacy",
            "admin");

    private final List<Pattern> templates;

    PathSafety(List<ApiOperation> operations) {
        this.templates = operations.stream()
                .filter(ApiOperation::isWrite)
                .map(operation -> operation.method() + " " + operation.template())
                .distinct()
                .map(PathSafety::toPattern)
                .toList();
    }

    /** Whether a hostile path value could stand for something real on a write. */
    static boolean namesSomethingReal(String value) {
        String plain = UrlText.normalised("/" + value).toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "");
        return REAL.stream().anyMatch(plain::contains);
    }

    /** Whether the write, once the server has decoded and normalised its path, is a different operation. */
    boolean landsOnAnotherOperation(String method, String template, String rawPath) {
        String path = rawPath.contains("?") ? rawPath.substring(0, rawPath.indexOf('?')) : rawPath;
        String normalised = method + " " + UrlText.normalised(path);
        Pattern own = toPattern(method + " " + template);
        return templates.stream()
                .filter(pattern -> !pattern.pattern().equals(own.pattern()))
                .anyMatch(pattern -> pattern.matcher(normalised).matches());
    }

    private static Pattern toPattern(String methodAndTemplate) {
        return Pattern.compile(Pattern.quote(methodAndTemplate).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
    }
}
