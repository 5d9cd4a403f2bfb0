package nl.naober.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.naober.helm.Chart.Manifests;
import nl.naober.helm.Chart.Node;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Every environment variable the chart sets is one Naober reads: a misspelt name is silently ignored by Spring Boot,
 * and the pod then runs without the setting (no mail, a proof-of-work key per replica, the wrong management port).
 */
class SettingNamesTest {

    private static final Path APP = Path.of("..", "api", "src", "main", "resources");

    /** Spring Boot's own settings that Naober's files use without spelling them out. */
    private static final Set<String> SPRING_BOOT_PROPERTIES = Set.of(
            "spring.profiles.active",
            "spring.datasource.url",
            "spring.datasource.username",
            "spring.datasource.password",
            "spring.mail.host",
            "spring.mail.port",
            "spring.mail.username",
            "spring.mail.password",
            "management.server.port",
            "server.forward-headers-strategy",
            // OidcProperties' audience: a record component, named in no file as a property.
            "naober.oidc.audience");

    @Test
    void everyEnvironmentVariableBindsToASettingNaoberReads() throws IOException {
        var names = new TreeSet<String>();
        for (Manifests manifests : List.of(
                Chart.template(),
                Chart.template(Chart.PRODUCTION_VALUES),
                Chart.template(
                        List.of(Chart.PRODUCTION_VALUES),
                        Map.of("cnpg.enabled", false, "networkPolicy.enabled", false, "database.urlKey", "url")))) {
            names.addAll(environmentNames(manifests));
        }
        assertThat(names)
                .contains(
                        "SPRING_DATASOURCE_URL",
                        "NAOBER_ENCRYPTION_KEYS",
                        "NAOBER_OIDC_CLIENT_SECRET",
                        "NAOBER_REGISTRATION_PROOF_OF_WORK_HMAC_KEY",
                        "SPRING_MAIL_PASSWORD");
        assertThat(unread(names))
                .as("environment variables no setting of Naober binds")
                .isEmpty();
    }

    @Test
    void aMisspeltNameIsCaught() throws IOException {
        assertThat(unread(Set.of("NAOBER_MAIL_FORM", "SPRING_DATASOURCE_PASSWROD", "NAOBER_OIDC_ISSUER")))
                .containsExactly("NAOBER_MAIL_FORM", "NAOBER_OIDC_ISSUER", "SPRING_DATASOURCE_PASSWROD");
    }

    private static List<String> unread(Set<String> names) throws IOException {
        Set<String> placeholders = placeholders();
        Set<String> properties = knownProperties();
        return names.stream()
                .sorted()
                .filter(name -> !name.equals("JAVA_TOOL_OPTIONS"))
                .filter(name -> !placeholders.contains(name))
                .filter(name -> properties.stream().noneMatch(property -> binds(name, property)))
                .toList();
    }

    /** What Spring Boot does with an environment variable: does it set this property? */
    private static boolean binds(String environmentVariable, String property) {
        var sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(environmentVariable, "x")));
        return new Binder(ConfigurationPropertySources.from(sources))
                .bind(property, String.class)
                .isBound();
    }

    private static Set<String> environmentNames(Manifests manifests) {
        var names = new TreeSet<String>(manifests.settings().at("data").map().keySet());
        for (Node env : manifests
                .one("Deployment")
                .at("spec", "template", "spec", "containers", 0, "env")
                .list()) {
            names.add(env.at("name").text());
        }
        return names;
    }

    /** {@code ${NAME:default}} in application*.yaml: the names Naober's own files read. */
    private static Set<String> placeholders() throws IOException {
        var names = new TreeSet<String>();
        var placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
        for (String file : List.of("application.yaml", "application-prod.yaml")) {
            placeholder.matcher(Files.readString(APP.resolve(file))).results().forEach(m -> names.add(m.group(1)));
        }
        return names;
    }

    /**
     * The keys of application*.yaml, the {@code @Value("${naober...}")} of the code, the properties the README's
     * settings name, and Spring Boot's own that Naober relies on.
     */
    private static Set<String> knownProperties() throws IOException {
        var properties = new TreeSet<>(SPRING_BOOT_PROPERTIES);
        for (String file : List.of("application.yaml", "application-prod.yaml")) {
            flatten("", Chart.load(APP.resolve(file)), properties);
        }
        Pattern.compile("`(naober\\.[a-z0-9.-]+[a-z0-9])`")
                .matcher(Files.readString(Path.of("..", "README.md")))
                .results()
                .forEach(m -> properties.add(m.group(1)));
        var valueAnnotation = Pattern.compile("\\$\\{(naober\\.[a-z0-9.-]+[a-z0-9])[:}]");
        for (String module : List.of("platform-core", "tenant-admin", "api")) {
            try (Stream<Path> files = Files.walk(Path.of("..", module, "src", "main", "java"))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    valueAnnotation.matcher(Files.readString(file)).results().forEach(m -> properties.add(m.group(1)));
                }
            }
        }
        return properties;
    }

    private static void flatten(String prefix, Map<?, ?> map, Set<String> into) {
        map.forEach((key, value) -> {
            String name = prefix + key;
            if (value instanceof Map<?, ?> nested) {
                flatten(name + ".", nested, into);
            } else if (ConfigurationPropertyName.isValid(name)) { // logger names with capitals are not settings
                into.add(name);
            }
        });
    }
}
