package nl.naober.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Naober's days, times and schedules are Amsterdam's wherever the server runs; the zone is named in one place so
 * a screen, a job and a query cannot drift apart. A source scan, not ArchUnit: the name is a string constant that
 * the compiler copies into every class that uses it.
 */
class OneTimeZoneTest {

    static final String ZONE = "Europe/" + "Amsterdam";
    static final Path HOLDER = Path.of("platform-core/src/main/java/nl/naober/programme/ProgrammeTime.java");

    @Test
    void theMainCodeNamesTheAmsterdamZoneOnlyInProgrammeTime() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> naming = Stream.of("platform-core", "tenant-admin", "api")
                .map(module -> root.resolve(module).resolve("src/main/java"))
                .filter(Files::isDirectory)
                .flatMap(OneTimeZoneTest::files)
                .filter(file -> read(file).contains(ZONE))
                .map(root::relativize)
                .toList();
        assertThat(naming).containsExactly(HOLDER);
    }

    private static Stream<Path> files(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
