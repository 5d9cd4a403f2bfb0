package nl.naober.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The main Java sources of the three Maven modules, for the rules a source scan checks better than ArchUnit. */
final class MainSources {

    /** The repository's root: tests run in api/. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private MainSources() {}

    static Stream<Path> files() {
        return Stream.of("platform-core", "tenant-admin", "api")
                .map(module -> ROOT.resolve(module).resolve("src/main/java"))
                .filter(Files::isDirectory)
                .flatMap(MainSources::walk);
    }

    private static Stream<Path> walk(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
