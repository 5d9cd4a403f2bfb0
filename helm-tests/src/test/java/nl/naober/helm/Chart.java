package nl.naober.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * helm/naober, linted and rendered by Helm's own Go code (helm-java: a native library, no helm binary), and the
 * rendered manifests as plain maps.
 */
final class Chart {

    /** The module runs in helm-tests/; the chart lives beside it. */
    static final Path DIR = Path.of("..", "helm", "naober").toAbsolutePath().normalize();

    static final Path PRODUCTION_VALUES = DIR.resolve("values-production.yaml");

    static final String RELEASE = "naober";

    /** helm-java renders for Kubernetes 1.20 unless told; the chart wants 1.25 or newer. */
    static final String KUBE_VERSION = "1.31.0";

    private Chart() {}

    /** {@code helm template} with the chart's defaults plus the given values files and --set pairs. */
    static Manifests template(List<Path> valuesFiles, Map<String, Object> sets) {
        var command = new Helm(DIR)
                .template()
                .withName(RELEASE)
                .withNamespace("naober")
                .withKubeVersion(KUBE_VERSION);
        valuesFiles.forEach(command::withValuesFile);
        sets.forEach(command::set);
        return Manifests.parse(command.call());
    }

    static Manifests template(Path... valuesFiles) {
        return template(List.of(valuesFiles), Map.of());
    }

    /**
     * {@code helm lint} of the chart with its values.yaml replaced by the defaults merged with the given file:
     * helm-java's lint takes no values file, and lint must see production's values (its schema check too).
     */
    static LintResult lint(Path valuesFile, Path workDir) {
        if (valuesFile == null) {
            return new Helm(DIR).lint().strict().call();
        }
        try {
            Path copy = workDir.resolve("naober");
            copyTree(DIR, copy);
            Map<String, Object> merged = deepMerge(load(DIR.resolve("values.yaml")), load(valuesFile));
            Files.writeString(copy.resolve("values.yaml"), yaml().dump(merged));
            return new Helm(copy).lint().strict().call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> load(Path file) throws IOException {
        Map<String, Object> map = yaml().load(Files.readString(file));
        return map == null ? new LinkedHashMap<>() : map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepMerge(Map<String, Object> base, Map<String, Object> overlay) {
        var result = new LinkedHashMap<>(base);
        overlay.forEach((key, value) -> {
            if (value instanceof Map<?, ?> overlayMap && result.get(key) instanceof Map<?, ?> baseMap) {
                result.put(key, deepMerge((Map<String, Object>) baseMap, (Map<String, Object>) overlayMap));
            } else {
                result.put(key, value);
            }
        });
        return result;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    /** The documents of one rendering. */
    record Manifests(List<Map<String, Object>> documents) {

        static Manifests parse(String rendered) {
            var documents = new ArrayList<Map<String, Object>>();
            for (Object document : yaml().loadAll(rendered)) {
                if (document instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    var manifest = (Map<String, Object>) map;
                    documents.add(manifest);
                }
            }
            return new Manifests(List.copyOf(documents));
        }

        List<Node> ofKind(String kind) {
            return documents.stream()
                    .filter(document -> kind.equals(document.get("kind")))
                    .map(Node::new)
                    .toList();
        }

        Node one(String kind) {
            List<Node> found = ofKind(kind);
            if (found.size() != 1) {
                throw new AssertionError("expected one " + kind + ", rendered " + found.size() + ": " + kinds());
            }
            return found.get(0);
        }

        Node named(String kind, String name) {
            return ofKind(kind).stream()
                    .filter(node -> name.equals(node.at("metadata", "name").text()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + kinds()));
        }

        /** The ConfigMap of Naober's own settings (the CloudNativePG option adds one with the roles script). */
        Node settings() {
            return named("ConfigMap", RELEASE);
        }

        List<String> kinds() {
            return documents.stream()
                    .map(document -> (String) document.get("kind"))
                    .toList();
        }
    }

    /** A step-by-step reader of a parsed manifest: {@code node.at("spec", "template", "spec")}. */
    record Node(Object value) {

        Node at(Object... path) {
            Object current = value;
            for (Object step : path) {
                if (step instanceof Integer index && current instanceof List<?> list) {
                    current = index < list.size() ? list.get(index) : null;
                } else if (current instanceof Map<?, ?> map) {
                    current = map.get(step);
                } else {
                    current = null;
                }
            }
            return new Node(current);
        }

        List<Node> list() {
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw new AssertionError("not a list: " + value);
            }
            return list.stream().map(Node::new).toList();
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            if (!(value instanceof Map<?, ?> map)) {
                throw new AssertionError("not a map: " + value);
            }
            return (Map<String, Object>) map;
        }

        String text() {
            return value == null ? null : String.valueOf(value);
        }

        boolean isMissing() {
            return value == null;
        }
    }
}
