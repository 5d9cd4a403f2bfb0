package nl.naober.mail.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.naober.family.RegistrationReason;
import nl.naober.mail.OutboxDispatcher;
import nl.naober.mail.Recipient;
import nl.naober.programme.DayPart;
import nl.naober.registration.NewPublicRegistration;
import nl.naober.registration.PublicRegistrations;
import nl.naober.registration.RegistrationChannel;
import nl.naober.registration.RegistrationDesk;
import nl.naober.registration.RegistrationKind;
import nl.naober.support.Browser;
import nl.naober.support.Http;
import nl.naober.support.Sql;
import nl.naober.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A mail-server outage loses nothing and sends nothing twice. With the server down, registrations are stored and
 * their mails wait (PENDING, with the attempt, the server's error and the next try); after a few failures sending
 * pauses. When the server is back, dispatching (repeatedly, and from two threads at once) delivers every mail exactly
 * once, with the outbox id in its Message-ID.
 */
@MailIntegrationTest
class OutboxDeliveryTest {

    @LocalServerPort
    int port;

    @Autowired
    PublicRegistrations registrations;

    @Autowired
    OutboxDispatcher dispatcher;

    TestMunicipality municipality;
    GreenMail server;

    @BeforeEach
    void setUp() {
        TestClock.INSTANCE.reset();
        municipality = TestMunicipality.onboard(new Http(port), "post");
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
        TestClock.INSTANCE.reset();
    }

    @Test
    void anOutageDelaysMailAndTheServerGetsEveryMailOnceWhenItIsBack() throws Exception {
        String anna = "anna." + municipality.code() + "@gemeente.example";
        String bram = "bram." + municipality.code() + "@gemeente.example";
        List<Recipient> coordinators = List.of(new Recipient("anna", null, anna), new Recipient("bram", null, bram));
        List<String> registrants = new ArrayList<>();
        for (String name : List.of("Fleur", "Gijs", "Hanna")) {
            String email = name.toLowerCase(Locale.ROOT) + "." + municipality.code() + "@thuis.example";
            registrants.add(email);
            register(name, email, coordinators);
        }
        // Each registrant's receipt waits (HELD) until they confirm their address; the link goes now (issue 14).
        assertThat(outbox("status")).hasSize(12).containsOnly("PENDING", "HELD");
        assertThat(rows("status = 'HELD'")).hasSize(3);

        assertThat(dispatch()).as("server down: nothing sent").isZero();

        assertThat(rows("attempts > 0")).hasSize(3).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo("PENDING");
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(row.lastError()).contains("Connection refused").hasSizeLessThanOrEqualTo(300);
            assertThat(row.nextAttemptAt()).isEqualTo(TestClock.MONDAY_MORNING.plus(Duration.ofMinutes(1)));
        });
        assertThat(dispatch()).as("paused after three failures in a row").isZero();
        assertThat(rows("attempts > 0")).hasSize(3);

        server = TestMailServer.start();
        TestClock.INSTANCE.advance(Duration.ofMinutes(2));
        int sent = dispatchFromTwoThreadsAtOnce() + dispatch() + dispatch();

        assertThat(sent).isEqualTo(9);
        Map<String, Integer> expected = new TreeMap<>(Map.of(anna, 3, bram, 3));
        registrants.forEach(r -> expected.put(r, 1));
        assertThat(TestMailServer.receivedPerRecipient(server)).isEqualTo(expected);
        assertThat(rows("status = 'SENT'")).hasSize(9);
        assertThat(rows("status = 'HELD'"))
                .as("still waiting for the registrants")
                .hasSize(3);
        assertThat(rows("attempts > 1")).as("the three tried before").hasSize(3);
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            messageIds.add(message.getMessageID());
            assertThat(message.getFrom()[0].toString()).contains("noreply@naober.example");
            assertThat(message.getContentType()).contains("text/plain").containsIgnoringCase("utf-8");
        }
        assertThat(messageIds)
                .containsExactlyInAnyOrderElementsOf(sentIds().stream()
                        .map(id -> "<" + id + "@naober.example>")
                        .toList());

        assertThat(Browser.loggedIn(port, "admin.buurtgezinnen")
                        .get("/beheer/gemeenten/" + municipality.code() + "/e-mail")
                        .body())
                .contains("Verstuurd")
                .contains("Nieuwe aanmelding")
                .doesNotContain("Er is geen mailserver ingesteld");
    }

    private void register(String firstName, String email, List<Recipient> coordinators) {
        NewPublicRegistration registration = new NewPublicRegistration(
                RegistrationKind.FAMILY,
                firstName,
                "Test",
                email,
                null,
                "7901 AA",
                null,
                null,
                2,
                Set.of(RegistrationReason.NO_OWN_NETWORK),
                Set.of(DayPart.WEDNESDAY_AFTERNOON),
                null,
                null,
                true,
                null);
        RegistrationDesk desk = new RegistrationDesk(
                municipality.code(), "Proef", "Buurtgezinnen", "https://naober.example", "2026-1", 5, coordinators);
        TenantContext.run(
                municipality.tenant(), () -> registrations.register(registration, RegistrationChannel.API, null, desk));
    }

    private int dispatch() {
        return TenantContext.call(municipality.tenant(), dispatcher::dispatchDue);
    }

    private int dispatchFromTwoThreadsAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(threads.submit(() -> {
                    start.await();
                    return dispatch() + dispatch();
                }));
            }
            start.countDown();
            int sent = 0;
            for (Future<Integer> run : runs) {
                sent += run.get();
            }
            return sent;
        } finally {
            threads.shutdown();
        }
    }

    private List<String> outbox(String column) {
        return Sql.strings("SELECT " + column + " FROM " + municipality.schema() + ".outbox_mail ORDER BY id");
    }

    private List<String> sentIds() {
        return Sql.strings("SELECT id FROM " + municipality.schema() + ".outbox_mail WHERE status = 'SENT'");
    }

    /** An outbox row as stored. */
    record Row(String status, int attempts, String lastError, Instant nextAttemptAt) {}

    private List<Row> rows(String condition) {
        return Sql.strings("SELECT concat_ws('|', status, attempts, coalesce(last_error, ''),"
                        + " to_char(next_attempt_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))"
                        + " FROM " + municipality.schema() + ".outbox_mail WHERE " + condition)
                .stream()
                .map(line -> line.split("\\|", -1))
                .map(f -> new Row(f[0], Integer.parseInt(f[1]), f[2], Instant.parse(f[3])))
                .toList();
    }
}
