package nl.naober.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.naober.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.json.JsonMapper;

/**
 * The runbook's procedures (docs/operations.md) run against a production-like PostgreSQL 15 with the scripts of
 * infra/postgres, exactly as an operator types them, and Naober's graceful shutdown, in one story with two starts of
 * the jar:
 *
 * <ol>
 *   <li>Naober on database {@code naober} (demo data) is stopped with SIGTERM while requests are in flight: they finish
 *       with 201, new connections are refused, the process exits by the signal well within the shutdown timeout;
 *   <li>the whole database is backed up and restored into a new database: every table of the catalog and of each
 *       municipality has the same row count and checksum, and Naober started on the restored database serves a
 *       family with its encrypted notes readable;
 *   <li>one municipality is backed up, lost (its schema dropped, catalog rows deleted) and restored alone while Naober
 *       runs: its tables and catalog rows are identical again, every other municipality was never touched, and
 *       Naober serves its family with the notes decrypted again, without a restart.
 * </ol>
 */
@Execution(ExecutionMode.CONCURRENT) // beside the browser tests
@ResourceLock(NaoberJar.ONE_AT_A_TIME) // but never beside another jar
class BackupRestoreE2E {

    private static final Path SCRIPTS =
            Path.of("..", "infra", "postgres").toAbsolutePath().normalize();
    private static final String FAMILIES = "/api/v1/municipalities/meppel/families";
    private static final String HOOGEVEEN = "/api/v1/municipalities/hoogeveen/families";
    private static final String COORDINATOR = Http.basic("coordinator.meppel");
    private static final String NOTE = "Kind heeft veel structuur nodig " + Long.toString(System.nanoTime(), 36);
    /** spring.lifecycle.timeout-per-shutdown-phase in application.yaml. */
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    private static final int IN_FLIGHT = 3;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    @Test
    void backupsRestoreWithIdenticalRowsAndChecksumsAndShutdownFinishesInFlightRequests() throws Exception {
        long started = System.nanoTime();
        String keys = "k1:" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
        try (Postgres15 postgres = Postgres15.startWithNaoberDatabase(folder.resolve("pg"), "naober")) {
            NaoberJar first = NaoberJar.startHealthy(
                    folder, postgres.naoberSettings("naober", keys).toArray(String[]::new));
            List<String> families;
            try {
                Http http = new Http(first.port());
                for (int i = 0; i < 2; i++) {
                    Http.Response created =
                            http.post(HOOGEVEEN, Http.basic("coordinator.hoogeveen"), familyJson("Hoogeveen " + i));
                    assertThat(created.status()).as(created.body()).isEqualTo(201);
                }
                families = gracefulShutdownFinishesInFlightRequests(first);
            } finally {
                first.close();
            }

            String original = script(postgres, postgres.superuser("naober"), "checksums.sh");
            Path backup = folder.resolve("backup-naober");
            String made = script(postgres, postgres.superuser("naober"), "backup-database.sh", backup.toString());
            assertThat(made).contains("Backed up database naober");
            System.out.print("BackupRestoreE2E: " + made);
            String restoredOutput = script(
                    postgres,
                    postgres.superuser("postgres"),
                    "restore-database.sh",
                    backup.toString(),
                    "naober_restored");
            assertThat(restoredOutput).contains("row counts and checksums identical to the backup");
            System.out.print("BackupRestoreE2E: " + restoredOutput);
            String restored = script(postgres, postgres.superuser("naober_restored"), "checksums.sh");
            assertThat(restored).as("every table of the restored database").isEqualTo(original);
            assertThat(original.lines()
                            .map(line -> line.substring(0, line.indexOf('.')))
                            .distinct())
                    .as("the catalog and the six demo municipalities")
                    .contains(
                            "platform",
                            "t_meppel",
                            "t_hoogeveen",
                            "t_de_wolden",
                            "t_midden_drenthe",
                            "t_borger_odoorn",
                            "t_emmen");

            try (NaoberJar second = NaoberJar.startHealthy(
                    folder, postgres.naoberSettings("naober_restored", keys).toArray(String[]::new))) {
                Http http = new Http(second.port());
                assertThat(noteOf(http, families.get(0)))
                        .as("a family with its encrypted note, from the restored database")
                        .isEqualTo(NOTE);
                oneMunicipalityRestoresAlone(postgres, http, families.get(1));
            }
        }
        System.out.printf(
                "BackupRestoreE2E: %d s (load %s)%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started),
                String.format(
                        "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }

    /**
     * Requests whose body is still arriving when SIGTERM comes: Tomcat has them, the controller waits for the rest of
     * the JSON. Graceful shutdown stops accepting connections and waits for them; immediate shutdown would cut them.
     */
    private List<String> gracefulShutdownFinishesInFlightRequests(NaoberJar naober) throws Exception {
        List<InFlight> inFlight = new ArrayList<>();
        for (int i = 0; i < IN_FLIGHT; i++) {
            inFlight.add(InFlight.begin(naober.port(), familyJson("Backup " + i)));
        }
        Thread.sleep(2_000); // headers read, authenticated, the controller reading the body

        long sigterm = System.nanoTime();
        int[] exit = {-1};
        Thread terminating = new Thread(() -> {
            try {
                exit[0] = naober.terminate(SHUTDOWN_TIMEOUT.plusSeconds(30));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        terminating.start();

        long refusedBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        boolean refused = false;
        while (!refused && System.nanoTime() < refusedBy) {
            try (Socket probe = new Socket("localhost", naober.port())) {
                Thread.sleep(100);
            } catch (ConnectException connectionRefused) {
                refused = true;
            }
        }
        assertThat(refused).as("new connections refused once SIGTERM arrived").isTrue();
        assertThatThrownBy(() -> new Http(naober.port()).get(FAMILIES + "?size=1", COORDINATOR))
                .as("a new request after SIGTERM")
                .isInstanceOf(IllegalStateException.class);

        List<String> ids = new ArrayList<>();
        for (InFlight request : inFlight) {
            String response = request.finish();
            assertThat(response).as("an in-flight request after SIGTERM").matches("(?s)HTTP/1\\.[01] 201 .*");
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            ids.add(JSON.readTree(body).get("id").asString());
        }

        terminating.join(TimeUnit.SECONDS.toMillis(SHUTDOWN_TIMEOUT.toSeconds() + 30));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - sigterm);
        assertThat(exit[0])
                .as("exit status: 143 is the JVM ending by SIGTERM after its shutdown hooks (137 would be a kill)")
                .isEqualTo(143);
        assertThat(seconds).as("exited within the shutdown timeout").isLessThan(SHUTDOWN_TIMEOUT.toSeconds());
        assertThat(naober.log()).contains("Commencing graceful shutdown").contains("Graceful shutdown complete");
        return ids;
    }

    private void oneMunicipalityRestoresAlone(Postgres15 postgres, Http http, String family) throws Exception {
        Map<String, String> owner = postgres.owner("naober_restored");
        String before = script(postgres, postgres.superuser("naober_restored"), "checksums.sh");
        Path backup = folder.resolve("backup-meppel");
        String made = script(postgres, owner, "backup-municipality.sh", "meppel", backup.toString());
        assertThat(made).contains("Backed up municipality meppel");
        System.out.print("BackupRestoreE2E: " + made);

        // lost: the schema dropped by mistake, and catalog rows with it
        postgres.psql(
                "naober_restored",
                "DROP SCHEMA t_meppel CASCADE; DELETE FROM platform.evaluation_period WHERE municipality_code = 'meppel';"
                        + " DELETE FROM platform.budget_line WHERE municipality_code = 'meppel'");
        assertThat(http.get(FAMILIES + "/" + family, COORDINATOR).status())
                .as("Meppel's family while its schema is gone")
                .isNotEqualTo(200);

        String output = script(postgres, owner, "restore-municipality.sh", backup.toString());
        System.out.print("BackupRestoreE2E: " + output);
        assertThat(output).contains("row counts and checksums identical to the backup");
        String after = script(postgres, postgres.superuser("naober_restored"), "checksums.sh");
        assertThat(after)
                .as("every table of every schema, Meppel's restored, the others untouched")
                .isEqualTo(before);
        assertThat(noteOf(http, family))
                .as("Meppel's family served again, note decrypted")
                .isEqualTo(NOTE);
    }

    private static String noteOf(Http http, String family) {
        Http.Response response = http.get(FAMILIES + "/" + family, COORDINATOR);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("children").get(0).get("needsText").asString();
    }

    private static String script(Postgres15 postgres, Map<String, String> libpq, String name, String... arguments)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(SCRIPTS.resolve(name).toString()));
        command.addAll(List.of(arguments));
        return postgres.run(command, libpq);
    }

    private static String familyJson(String name) {
        return Http.json(Map.of(
                "parentName",
                name + " " + Long.toString(System.nanoTime(), 36),
                "postcode",
                "7941 AB",
                "numberOfChildren",
                1,
                "consentGiven",
                true,
                "children",
                List.of(Map.of(
                        "firstName",
                        "Kind",
                        "birthDate",
                        LocalDate.of(2019, 5, 1).toString(),
                        "needsText",
                        NOTE))));
    }

    /** A POST whose headers and first half are sent; {@link #finish} sends the rest and reads the whole answer. */
    private record InFlight(Socket socket, byte[] rest) {

        static InFlight begin(int port, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            Socket socket = new Socket("localhost", port);
            socket.setSoTimeout((int) TimeUnit.MINUTES.toMillis(1));
            OutputStream out = socket.getOutputStream();
            // HTTP/1.0: the answer comes whole (not chunked) and the connection closes after it
            out.write(("POST " + FAMILIES + " HTTP/1.0\r\nHost: localhost:" + port + "\r\nAuthorization: "
                            + COORDINATOR + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                            + "Content-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            int half = body.length / 2;
            out.write(body, 0, half);
            out.flush();
            return new InFlight(socket, Arrays.copyOfRange(body, half, body.length));
        }

        String finish() throws IOException {
            try (socket) {
                socket.getOutputStream().write(rest);
                socket.getOutputStream().flush();
                InputStream in = socket.getInputStream();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
