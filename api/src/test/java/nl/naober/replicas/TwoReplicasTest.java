package nl.naober.replicas;

import static nl.naober.support.CaseWork.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import nl.naober.database.DatabaseRoleSetup;
import nl.naober.mail.web.TestMunicipality;
import nl.naober.support.Browser;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.SecondInstance;
import nl.naober.support.Sql;
import nl.naober.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Several replicas against one PostgreSQL (issue 17, item 6): replica A is the shared test context, replica B a second
 * Naober on another port against the same database. A user moved between them by a load balancer notices nothing, and
 * a change to a municipality made through A holds on B within a second.
 */
@NaoberIntegrationTest
class TwoReplicasTest {

    private static ConfigurableApplicationContext replicaB;

    @LocalServerPort
    int portA;

    @BeforeAll
    static void startReplicaB() {
        replicaB = secondInstance();
    }

    @AfterAll
    static void stopReplicaB() {
        if (replicaB != null) {
            replicaB.close();
        }
    }

    @Test
    void aScreenSessionOpenedOnOneReplicaWorksOnTheOtherAndEndsOnBothAtLogout() {
        Browser onA = Browser.loggedIn(portA, "coordinator.emmen");
        Browser onB = onA.onPort(portB());

        HttpResponse<String> work = onB.get("/werk");
        assertThat(work.uri().getPath()).as("still logged in on B").isEqualTo("/werk");
        assertThat(work.statusCode()).isEqualTo(200);

        assertThat(onB.post("/logout", List.of()).uri().getPath()).isEqualTo("/login");
        assertThat(onA.get("/werk").uri().getPath()).as("logged out on A too").isEqualTo("/login");
    }

    @Test
    void aMunicipalityOnboardedAndSuspendedThroughOneReplicaReachesTheOtherWithinASecond() throws Exception {
        Http httpA = new Http(portA);
        TestMunicipality municipality = TestMunicipality.onboard(httpA, "replica");
        String form = "/aanmelden/" + municipality.code();
        int portB = portB();
        assertThat(within(() -> Browser.anonymous(portB).get(form).statusCode(), 200))
                .as("B serves the new municipality's public form within a second")
                .isLessThan(1_000);

        ok(httpA.post(
                "/api/v1/admin/municipalities/" + municipality.code() + "/suspend",
                TestMunicipality.ADMIN,
                Http.json(Map.of("reason", "proef met twee replica's"))));
        assertThat(within(() -> Browser.anonymous(portB).get(form).statusCode(), 404))
                .as("B refuses the suspended municipality within a second")
                .isLessThan(1_000);
    }

    /**
     * Both replicas allow 10 per client address per hour (the default). The requests come from an address of their own
     * in 127.0.0.0/8 (all loopback), so no other test's registrations from 127.0.0.1 count, nor are they used up.
     */
    @Test
    void publicRegistrationsThroughBothReplicasTogetherAreLimitedAtTheAllowanceNotTwiceIt() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        InetAddress client = InetAddress.getByAddress(
                new byte[] {127, (byte) random.nextInt(2, 250), (byte) random.nextInt(250), (byte) random.nextInt(250)
                });
        int[] ports = {portA, portB()};
        int accepted = 0;
        int status = 201;
        for (int i = 0; i < 25 && status == 201; i++) {
            status = registerFrom(client, ports[i % 2], "Replica" + Long.toString(System.nanoTime(), 36));
            if (status == 201) {
                accepted++;
            }
        }
        assertThat(accepted).as("registrations through A and B together").isEqualTo(10);
        assertThat(status).isEqualTo(429);
        assertThat(registerFrom(client, ports[accepted % 2 == 0 ? 1 : 0], "Replica" + System.nanoTime()))
                .as("the other replica refuses too")
                .isEqualTo(429);
        assertThat(Sql.count(
                        "SELECT count(*) FROM platform.rate_limit_bucket WHERE id LIKE ?",
                        "%" + client.getHostAddress() + "%"))
                .as("no bucket names the address")
                .isZero();
        assertThat(Sql.count(
                        "SELECT count(*) FROM platform.rate_limit_bucket WHERE id LIKE 'registration/client/%'"
                                + " AND expires_at > ?",
                        System.currentTimeMillis()))
                .as("client buckets that expire, to be deleted by RateLimitCleanupJob")
                .isGreaterThanOrEqualTo(2);
    }

    /** A public-API registration from {@code client}: a socket bound to it, as the JDK 17 HttpClient cannot. */
    private static int registerFrom(InetAddress client, int port, String firstName) throws Exception {
        String json = "{\"kind\":\"FAMILY\",\"firstName\":\"" + firstName + "\",\"lastName\":\"Jansen\","
                + "\"phone\":\"06 12345678\",\"postcode\":\"7941 AB\",\"houseNumber\":\"12a\","
                + "\"numberOfChildren\":2,\"reasons\":[\"NO_OWN_NETWORK\"],\"dayParts\":[\"WEDNESDAY_AFTERNOON\"],"
                + "\"consent\":true}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, client, 0)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/public/municipalities/hoogeveen/registrations HTTP/1.1\r\n"
                            + "Host: localhost:" + port + "\r\n"
                            + "Content-Type: application/json\r\n"
                            + "Content-Length: " + body.length + "\r\n"
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    @Test
    void twoReplicasStartingAtOnceOnAFreshDatabaseMigrateEveryMunicipalityOnce() throws Exception {
        String database = "replicas_" + Long.toString(System.nanoTime(), 36);
        Sql.execute("CREATE DATABASE " + database);
        Sql.execute("GRANT CREATE ON DATABASE " + database + " TO " + DatabaseRoleSetup.OWNER);
        String url = TestDatabase.get().url().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        ExecutorService starts = Executors.newFixedThreadPool(2);
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        try {
            // Both wait for each other right before the start-up migration, so the two migrations really overlap.
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<ConfigurableApplicationContext>> replicas = new ArrayList<>();
            for (int replica = 0; replica < 2; replica++) {
                replicas.add(starts.submit(() ->
                        // The demo asked for: both replicas find an empty catalog, both would seed six municipalities.
                        replica()
                                .with("--spring.datasource.url=" + url, "--naober.demo.enabled=true")
                                .meetingBeforeStartUp(together)
                                .start()));
            }
            for (Future<ConfigurableApplicationContext> replica : replicas) {
                started.add(replica.get(5, TimeUnit.MINUTES));
            }
            int changesets = Sql.count("SELECT count(*) FROM t_meppel.databasechangelog");
            try (Connection fresh = DriverManager.getConnection(
                            url,
                            TestDatabase.get().username(),
                            TestDatabase.get().password());
                    Statement sql = fresh.createStatement()) {
                List<String> schemas = new ArrayList<>();
                try (ResultSet rows = sql.executeQuery(
                        "SELECT schema_name FROM platform.municipality WHERE status = 'ACTIVE' ORDER BY code")) {
                    while (rows.next()) {
                        schemas.add(rows.getString(1));
                    }
                }
                assertThat(schemas)
                        .as("the six demo municipalities, seeded once")
                        .hasSize(6);
                for (String schema : schemas) {
                    try (ResultSet rows = sql.executeQuery(
                            "SELECT count(*), count(DISTINCT id) FROM \"" + schema + "\".databasechangelog")) {
                        rows.next();
                        assertThat(List.of(rows.getInt(1), rows.getInt(2)))
                                .as(schema + ": every changeset applied once")
                                .containsExactly(changesets, changesets);
                    }
                }
            }
        } finally {
            starts.shutdownNow();
            started.forEach(ConfigurableApplicationContext::close);
            Sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** Milliseconds until {@code status} answers {@code expected}, polling for at most 3 s (then 3 s or more). */
    private static long within(IntSupplier status, int expected) throws InterruptedException {
        long start = System.nanoTime();
        while (status.getAsInt() != expected && System.nanoTime() - start < 3_000_000_000L) {
            Thread.sleep(50);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static int portB() {
        return ((WebServerApplicationContext) replicaB).getWebServer().getPort();
    }

    /** The same application against the same database: no demo seeding, no timers, a port of its own. */
    private static ConfigurableApplicationContext secondInstance() {
        return replica().start();
    }

    private static SecondInstance replica() {
        return SecondInstance.ofNaober().with("--naober.security.login-throttle.per-address=1000");
    }
}
