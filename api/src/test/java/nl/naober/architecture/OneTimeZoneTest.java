package nl.naober.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        List<Path> naming = MainSources.files()
                .filter(file -> read(file).contains(ZONE))
                .map(MainSources.ROOT::relativize)
                .toList();
        assertThat(naming).containsExactly(HOLDER);
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
