package nl.naober.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One way of starting the jar for the cold-start figures: plainly, or through {@code bin/naober}'s cache on a JDK. */
record Launcher(String name, List<String> command, Map<String, String> environment) {

    static Launcher plain(Path jar) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new Launcher(
                "java -jar (JDK " + Runtime.version().feature() + ")", List.of(java, "-jar", jar.toString()), Map.of());
    }

    /** {@code bin/naober} with its cache in a folder of its own per JDK, so each launcher trains once. */
    static Launcher cached(Path jar, Path javaHome) throws IOException {
        Path script = repository().resolve("bin/naober");
        Path cache = Files.createTempDirectory("naober-cache");
        return new Launcher(
                "bin/naober, JDK " + javaHome.getFileName(),
                List.of(script.toString()),
                Map.of(
                        "JAVA_HOME",
                        javaHome.toString(),
                        "NAOBER_JAR",
                        jar.toString(),
                        "NAOBER_CACHE_DIR",
                        cache.toString()));
    }

    /** Writes the cache (untimed in the start figures); returns the training run's seconds, "-" for the plain start. */
    String train(List<String> arguments) throws IOException, InterruptedException {
        if (environment.isEmpty()) {
            return "-";
        }
        List<String> command = new ArrayList<>(command());
        command.add("--train-only");
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(name + ": the training run failed (exit " + exit + ")");
        }
        return "%.1f".formatted((System.nanoTime() - started) / 1e9);
    }

    private static Path repository() {
        String configured = System.getProperty("naober.repository");
        return configured != null
                ? Path.of(configured)
                : Path.of("..").toAbsolutePath().normalize();
    }
}
