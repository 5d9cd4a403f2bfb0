package nl.naober.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The real Keycloak distribution, started once per test JVM by the same script developers use
 * ({@code infra/keycloak/start-keycloak.sh}) with a fresh realm import, fresh secrets and free ports. Stopped
 * when the JVM ends. Its log goes to {@code target/keycloak-e2e.log}.
 */
public final class KeycloakServer {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static KeycloakServer instance;

    private final int port = freePort();
    private final int managementPort = freePort();
    private final int naoberPort = freePort();
    private final String webClientSecret = randomSecret();
    private final String adminClientSecret = randomSecret();
    private final String bootstrapAdminPassword = randomSecret();
    private final Path log = Path.of("target", "keycloak-e2e.log");
    private Process process;
    private Duration startTime;

    private KeycloakServer() {}

    public static synchronized KeycloakServer get() {
        if (instance == null) {
            KeycloakServer server = new KeycloakServer();
            server.start();
            instance = server;
        }
        return instance;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return baseUrl() + "/realms/naober";
    }

    /** Naober's port is chosen before Keycloak starts: the realm's redirect URIs are imported with it. */
    public int naoberPort() {
        return naoberPort;
    }

    public String naoberBaseUrl() {
        return "http://localhost:" + naoberPort;
    }

    public String webClientSecret() {
        return webClientSecret;
    }

    public String adminClientSecret() {
        return adminClientSecret;
    }

    public String bootstrapAdminPassword() {
        return bootstrapAdminPassword;
    }

    public Duration startTime() {
        return startTime;
    }

    private void start() {
        Path repository = Path.of(System.getProperty("naober.repository", "..")).toAbsolutePath();
        Path script = repository.resolve("infra/keycloak/start-keycloak.sh");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString())
                .directory(repository.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("KEYCLOAK_PORT", String.valueOf(port));
        env.put("KEYCLOAK_MANAGEMENT_PORT", String.valueOf(managementPort));
        env.put("KEYCLOAK_FRESH", "1");
        // its own distribution and database, so a developer's Keycloak on 8180 can keep running beside it
        env.put("KEYCLOAK_WORK_DIR", repository.resolve(".keycloak/e2e").toString());
        env.put("NAOBER_BASE_URL", naoberBaseUrl());
        env.put("NAOBER_WEB_CLIENT_SECRET", webClientSecret);
        env.put("NAOBER_ADMIN_CLIENT_SECRET", adminClientSecret);
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", bootstrapAdminPassword);
        String version = System.getProperty("keycloak.version");
        if (version != null) {
            env.put("KEYCLOAK_VERSION", version);
        }
        long started = System.nanoTime();
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + script, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "keycloak-stop"));
        awaitRealm();
        startTime = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf(
                "Keycloak %s ready at %s in %.1f s (fetch, unpack, build and start)%n",
                version, baseUrl(), startTime.toMillis() / 1000.0);
    }

    private void awaitRealm() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak stopped with exit code " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (client.send(discovery, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        stop();
        throw new IllegalStateException("Keycloak did not serve the realm within " + START_TIMEOUT + ":\n" + tail());
    }

    private void stop() {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
