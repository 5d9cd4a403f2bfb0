package nl.naober.operations;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar run as its own process, as the README's first command runs it: for what only a real process shows
 * (a crash, a restart on the same data folder, a load benchmark). Built by {@code package}, so only failsafe tests
 * use it.
 */
public final class NaoberJar implements AutoCloseable {

    /**
     * The resource lock the process tests share: a jar start takes both cores of a CI machine for a while, so one
     * of them at a time runs beside the browser tests.
     */
    public static final String ONE_AT_A_TIME = "naober-jar";

    /** Five minutes; more with {@code -Dnaober.jar.start-limit=PT15M} on a machine that is busy. */
    private static final Duration START_LIMIT = Duration.parse(System.getProperty("naober.jar.start-limit", "PT5M"));

    private final Process process;
    private final Path log;
    private final int port;

    private NaoberJar(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar on its embedded PostgreSQL with the data in {@code dataDirectory} and waits until healthy. */
    public static NaoberJar startHealthy(Path dataDirectory, String... settings) throws Exception {
        return startHealthy(dataDirectory, List.of(), settings);
    }

    /** As {@link #startHealthy(Path, String...)}, with options for the JVM (heap, a flight recording). */
    public static NaoberJar startHealthy(Path dataDirectory, List<String> jvmOptions, String... settings)
            throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString()));
        return start(new ProcessBuilder(command), dataDirectory, settings);
    }

    /**
     * Started by {@code bin/naober}, the documented fast start, with its class-data cache in {@code cacheDirectory}
     * (trained on the first call) and {@code -Xshare:on}: a cache the JVM cannot use fails the start instead of being
     * skipped without a word.
     */
    static NaoberJar startCached(Path dataDirectory, Path cacheDirectory, String... settings) throws Exception {
        Path script = Path.of(System.getProperty("naober.repository", ".."), "bin", "naober");
        ProcessBuilder builder = new ProcessBuilder(script.toAbsolutePath().toString());
        builder.environment()
                .putAll(Map.of(
                        "JAVA_HOME", System.getProperty("java.home"),
                        "NAOBER_JAR", jar().toString(),
                        "NAOBER_CACHE_DIR", cacheDirectory.toString(),
                        "JAVA_OPTS", "-Xshare:on"));
        return start(builder, dataDirectory, settings);
    }

    private static NaoberJar start(ProcessBuilder builder, Path dataDirectory, String... settings) throws Exception {
        int port = freePort();
        builder.command().add("--server.port=" + port);
        builder.command().add("--naober.embedded-postgres.data-dir=" + dataDirectory.resolve("postgres"));
        builder.command().addAll(List.of(settings));
        Path log = Files.createTempFile("naober-jar", ".log");
        Process process = builder.directory(dataDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        NaoberJar jar = new NaoberJar(process, log, port);
        try {
            jar.awaitHealthy();
        } catch (Exception | Error notStarted) {
            // Not left running behind the failed test (it would outlive the test JVM).
            process.destroy();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
            throw notStarted;
        }
        return jar;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * SIGKILL: no shutdown hook, no bean destroyed, nothing flushed by the JVM; with {@code withDatabase} also every
     * process of its embedded PostgreSQL, as when a container or a machine goes down.
     */
    void kill(boolean withDatabase) throws Exception {
        List<ProcessHandle> database = withDatabase ? process.descendants().toList() : List.of();
        process.destroyForcibly();
        database.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(1, TimeUnit.MINUTES);
        for (ProcessHandle databaseProcess : database) {
            databaseProcess.onExit().get(1, TimeUnit.MINUTES);
        }
    }

    /**
     * SIGTERM, as Kubernetes stops a pod, and the exit status once the process is gone (143 = 128 + SIGTERM: the JVM
     * ran its shutdown hooks and exited by the signal; 137 would be a SIGKILL).
     */
    int terminate(Duration limit) throws Exception {
        process.destroy();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Naober did not exit within " + limit + " of SIGTERM:\n" + tail());
        }
        return process.exitValue();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** SIGTERM, the way a service manager stops it: graceful shutdown, the embedded PostgreSQL stopped with it. */
    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String keepIn = System.getProperty("naober.jar.log-dir"); // e.g. a benchmark's, to read after the run
        if (keepIn == null) {
            Files.deleteIfExists(log);
        } else {
            Files.createDirectories(Path.of(keepIn));
            Files.move(log, Path.of(keepIn, "naober-" + process.pid() + ".log"));
        }
    }

    private void awaitHealthy() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Naober exited on start:\n" + tail());
            }
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Naober did not become healthy in " + START_LIMIT + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static Path jar() throws IOException {
        String chosen = System.getProperty("naober.jar");
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen).toAbsolutePath();
        }
        try (Stream<Path> files = Files.list(Path.of("target").toAbsolutePath())) {
            return files.filter(file -> file.getFileName().toString().matches("naober-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar in target/: run through `verify`"));
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
