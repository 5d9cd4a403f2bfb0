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
 * A class a newcomer can read in one sitting: no main source file above {@value #MAX_LINES} lines (issue 18). A
 * class that grows past it is split by responsibility, as {@code Suppression} and {@code CaseMonitoring} were.
 */
class SmallClassesTest {

    static final int MAX_LINES = 300;

    @Test
    void noMainSourceFileIsLongerThanThreeHundredLines() {
        List<String> tooLong = MainSources.files()
                .filter(file -> file.toString().endsWith(".java"))
                .filter(file -> lines(file) > MAX_LINES)
                .map(file -> MainSources.ROOT.relativize(file) + " (" + lines(file) + " lines)")
                .toList();
        assertThat(tooLong).as("main source files above %d lines", MAX_LINES).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
