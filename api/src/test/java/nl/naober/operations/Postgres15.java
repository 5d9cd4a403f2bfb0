package nl.naober.operations;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's PostgreSQL 15, the production-like external server (its pg_dump cannot dump the embedded 17), in a folder
 * of its own on a free port: the superuser {@code postgres} over the folder's Unix socket, Naober's two login roles
 * with passwords over TCP, as README "An external PostgreSQL" sets it up. PostgreSQL refuses to run as root, so as
 * root the server runs in a user namespace of its own ({@code unshare -U}), where it is not root.
 */
final class Postgres15 implements AutoCloseable {

    static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    static final String OWNER_PASSWORD = "owner-" + Long.toString(System.nanoTime(), 36);
    static final String APP_PASSWORD = "app-" + Long.toString(System.nanoTime(), 36);

    private final Path folder;
    private final int port;

    private Postgres15(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    /** initdb, start, and the database {@code database} with Naober's roles, passwords and owner grant. */
    static Postgres15 startWithNaoberDatabase(Path folder, String database) throws Exception {
        if (!Files.isExecutable(BIN.resolve("pg_ctl"))) {
            throw new IllegalStateException("Debian's PostgreSQL 15 is not installed (" + BIN + "): apt-get install "
                    + "postgresql-15, as .ci/run does");
        }
        Files.createDirectories(folder);
        Postgres15 server = new Postgres15(folder, freePort());
        Path passwordFile = folder.resolve("superuser-password");
        Files.writeString(passwordFile, "super-" + Long.toString(System.nanoTime(), 36));
        server.inNamespace(
                BIN.resolve("initdb").toString(),
                "-D",
                folder.resolve("data").toString(),
                "-U",
                "postgres",
                "--pwfile=" + passwordFile,
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C.UTF-8");
        server.inNamespace(
                BIN.resolve("pg_ctl").toString(),
                "-D",
                folder.resolve("data").toString(),
                "-w",
                "-l",
                folder.resolve("server.log").toString(),
                "-o",
                "-p " + server.port + " -c listen_addresses=localhost -c unix_socket_directories=" + folder,
                "start");
        try {
            server.psql("postgres", "CREATE DATABASE " + database);
            server.run(
                    List.of(
                            BIN.resolve("psql").toString(),
                            "-X",
                            "-q",
                            "-v",
                            "ON_ERROR_STOP=1",
                            "-d",
                            database,
                            "-f",
                            Path.of("src/main/resources/db/roles.sql")
                                    .toAbsolutePath()
                                    .toString()),
                    server.superuser(database));
            server.psql(
                    database,
                    "ALTER ROLE naober_owner PASSWORD '" + OWNER_PASSWORD + "'; ALTER ROLE naober_app PASSWORD '"
                            + APP_PASSWORD + "'; GRANT CREATE ON DATABASE " + database + " TO naober_owner");
        } catch (Exception | AssertionError e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The settings that point the jar at {@code database} here, as the README's exports do. */
    List<String> naoberSettings(String database, String encryptionKeys) {
        return List.of(
                "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/" + database,
                "--spring.datasource.username=naober_app",
                "--spring.datasource.password=" + APP_PASSWORD,
                "--naober.database.owner.username=naober_owner",
                "--naober.database.owner.password=" + OWNER_PASSWORD,
                "--naober.encryption.keys=" + encryptionKeys,
                "--naober.demo.enabled=true",
                // the demo catalog (networks, six municipalities, logins, budgets) but not its case load: seeding
                // that takes minutes on a busy machine; the test writes the case data it restores
                "--naober.demo.case-data.enabled=false",
                "--naober.security.local-mode-with-external-database=true");
    }

    /** The libpq variables an operator sets for the scripts: the superuser over the socket. */
    Map<String, String> superuser(String database) {
        return Map.of(
                "PGHOST",
                folder.toString(),
                "PGPORT",
                String.valueOf(port),
                "PGUSER",
                "postgres",
                "PGDATABASE",
                database);
    }

    /** The libpq variables for Naober's owner role over TCP, with its password: what a DBA-less operator has. */
    Map<String, String> owner(String database) {
        return Map.of(
                "PGHOST",
                "localhost",
                "PGPORT",
                String.valueOf(port),
                "PGUSER",
                "naober_owner",
                "PGPASSWORD",
                OWNER_PASSWORD,
                "PGDATABASE",
                database);
    }

    String psql(String database, String sql) throws Exception {
        return run(
                List.of(BIN.resolve("psql").toString(), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql),
                superuser(database));
    }

    /** Runs a command (a script of infra/postgres) with the given libpq variables; its output, or a failure. */
    String run(List<String> command, Map<String, String> libpq) throws Exception {
        Result result = tryRun(command, libpq);
        if (result.status() != 0) {
            throw new IllegalStateException(command + " exited with " + result.status() + ":\n" + result.output());
        }
        return result.output();
    }

    record Result(int status, String output) {}

    Result tryRun(List<String> command, Map<String, String> libpq) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("PG"));
        environment.putAll(libpq);
        // the scripts call psql, pg_dump and pg_restore: version 15's first, as on the production-like server
        environment.put("PATH", BIN + ":" + environment.getOrDefault("PATH", "/usr/bin:/bin"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish:\n" + output);
        }
        return new Result(process.exitValue(), output);
    }

    private void inNamespace(String... command) throws Exception {
        List<String> full = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("unshare", "-U"));
        }
        full.addAll(List.of(command));
        run(full, new HashMap<>());
    }

    /** Fast shutdown (SIGINT to the postmaster): open sessions are ended, nothing is left running. */
    @Override
    public void close() throws Exception {
        Path pidFile = folder.resolve("data").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        new ProcessBuilder("kill", "-INT", String.valueOf(pid)).start().waitFor();
        ProcessHandle.of(pid)
                .ifPresent(postmaster ->
                        postmaster.onExit().orTimeout(1, TimeUnit.MINUTES).join());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
