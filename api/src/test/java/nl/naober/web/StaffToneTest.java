package nl.naober.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One tone: Naober speaks to coordinators, policy officers, privacy officers and admins as "je", as the public pages
 * speak to families. A formal "u", "uw" or "uzelf" in a Dutch message or in the text of a template (the prototype
 * text too, which is what a designer reads) fails the build, so a new screen cannot slip back into "u".
 */
class StaffToneTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Pattern FORMAL =
            Pattern.compile("(?<![\\p{L}\\p{N}])(u|uw|uzelf)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]+)<");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    @Test
    void noDutchMessageSaysU() throws IOException {
        List<String> formal = new ArrayList<>();
        try (Stream<Path> files = Files.list(RESOURCES)) {
            for (Path file : files.filter(StaffToneTest::isDutchBundle).sorted().toList()) {
                Properties messages = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    messages.load(reader);
                }
                messages.stringPropertyNames().stream()
                        .sorted()
                        .filter(key -> FORMAL.matcher(messages.getProperty(key)).find())
                        .forEach(key -> formal.add(file.getFileName() + ": " + key + "=" + messages.getProperty(key)));
            }
        }
        assertThat(formal).as("messages that say u/uw instead of je/jouw").isEmpty();
    }

    @Test
    void noTemplateTextSaysU() throws IOException {
        List<String> formal = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String html = COMMENT.matcher(Files.readString(file)).replaceAll("");
                Matcher text = TEXT_NODE.matcher(html);
                while (text.find()) {
                    if (FORMAL.matcher(text.group(1)).find()) {
                        formal.add(RESOURCES.relativize(file) + ": "
                                + text.group(1).strip());
                    }
                }
            }
        }
        assertThat(formal).as("template text that says u/uw instead of je/jouw").isEmpty();
    }

    @Test
    void theCheckFindsAFormalWordAndLeavesOthersAlone() {
        assertThat(FORMAL.matcher("U bent uitgelogd.").find()).isTrue();
        assertThat(FORMAL.matcher("Wacht op uw besluit").find()).isTrue();
        assertThat(FORMAL.matcher("Daarna kunt u verder.").find()).isTrue();
        assertThat(FORMAL.matcher("Je bent uitgelogd. Uur, minuut, nu, duur, jouw invoer")
                        .find())
                .isFalse();
    }

    /** The Dutch bundles (the {@code _en} ones are English): staff screens' and the public pages' alike. */
    private static boolean isDutchBundle(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".properties") && !name.contains("_");
    }
}
