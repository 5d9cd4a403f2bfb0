package nl.naober.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.naober.mail.OutboxDispatcher;
import nl.naober.mail.web.MailIntegrationTest;
import nl.naober.mail.web.TestClock;
import nl.naober.mail.web.TestMailServer;
import nl.naober.mail.web.TestMunicipality;
import nl.naober.support.Http;
import nl.naober.support.SecondInstance;
import nl.naober.support.Sql;
import nl.naober.tenancy.TenantCode;
import nl.naober.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances on one database send each coordinator one digest a day: both run the digest job at the
 * same moment (ShedLock lets one of them), and a run after the lock has gone (another instance's late timer, a retry)
 * queues nothing again (the dedup key). Both then dispatch at once: every digest arrives once.
 */
@MailIntegrationTest
class DigestJobTwoInstancesTest {

    static final String TODAYS_DIGESTS = "digest:2026-03-02:%";

    @LocalServerPort
    int port;

    @Autowired
    DigestJob digestJob;

    @Autowired
    OutboxDispatcher dispatcher;

    GreenMail server;

    @AfterEach
    void cleanUp() {
        if (server != null) {
            server.stop();
        }
        releaseDigestLock();
        // The job queued today's digest in every municipality with work for a coordinator: leave no mail behind.
        for (String code : Sql.strings("SELECT code FROM platform.municipality WHERE status = 'ACTIVE'")) {
            Sql.execute(
                    "DELETE FROM \"" + TenantCode.schemaFor(code) + "\".outbox_mail WHERE dedup_key LIKE ?",
                    TODAYS_DIGESTS);
        }
    }

    @Test
    void twoInstancesRunningTheJobAtOnceSendEachCoordinatorOneDigest() throws Exception {
        TestClock.INSTANCE.reset();
        TestMunicipality municipality = TestMunicipality.onboard(new Http(port), "twee", "anna", "bram");
        new CaseSeed(municipality.schema())
                .registration("FAMILY", "Fenna", Instant.parse("2026-02-16T09:00:00Z"), false);
        releaseDigestLock();

        try (ConfigurableApplicationContext second = secondInstance()) {
            DigestJob secondJob = second.getBean(DigestJob.class);
            atTheSameTime(digestJob::run, secondJob::run);
            assertThat(Sql.count(
                            "SELECT count(*) FROM " + JobsConfiguration.LOCK_TABLE
                                    + " WHERE name = ? AND lock_until > timezone('utc', now()) + interval '4 minutes'",
                            DigestJob.LOCK))
                    .as("held five minutes after the run (ShedLock's own notion of database time)")
                    .isEqualTo(1);
            assertThat(digestKeys(municipality))
                    .containsExactly(
                            "digest:2026-03-02:coordinator." + municipality.code() + "-anna",
                            "digest:2026-03-02:coordinator." + municipality.code() + "-bram");

            releaseDigestLock();
            secondJob.run();
            assertThat(digestKeys(municipality)).as("a second run the same day").hasSize(2);

            server = TestMailServer.start();
            OutboxDispatcher secondDispatcher = second.getBean(OutboxDispatcher.class);
            atTheSameTime(
                    () -> TenantContext.run(municipality.tenant(), dispatcher::dispatchDue),
                    () -> TenantContext.run(municipality.tenant(), secondDispatcher::dispatchDue));
        }

        assertThat(TestMailServer.receivedPerRecipient(server))
                .isEqualTo(Map.of(
                        municipality.coordinator("anna").email(), 1,
                        municipality.coordinator("bram").email(), 1));
        assertThat(Sql.strings("SELECT status FROM " + municipality.schema() + ".outbox_mail"))
                .containsExactly("SENT", "SENT");
    }

    /** The same application against the same database: no demo seeding, no timers, a port of its own. */
    private static ConfigurableApplicationContext secondInstance() {
        return SecondInstance.ofNaober()
                .withSources(TestClock.Configuration.class)
                .with(
                        "--naober.public-url=https://naober.example",
                        "--spring.mail.host=" + TestMailServer.HOST,
                        "--spring.mail.port=" + TestMailServer.port())
                .start();
    }

    /** Both on threads of their own, released together. */
    private static void atTheSameTime(Runnable first, Runnable second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (Runnable run : List.of(first, second)) {
                runs.add(threads.submit(() -> {
                    start.await();
                    run.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    private static List<String> digestKeys(TestMunicipality municipality) {
        return Sql.strings("SELECT dedup_key FROM " + municipality.schema()
                + ".outbox_mail WHERE purpose = 'DAILY_DIGEST' ORDER BY dedup_key");
    }

    /** As if the lock's five minutes had passed (the database's clock does not follow the test clock). */
    private static void releaseDigestLock() {
        Sql.execute("DELETE FROM " + JobsConfiguration.LOCK_TABLE + " WHERE name = ?", DigestJob.LOCK);
    }
}
