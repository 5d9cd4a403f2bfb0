package nl.naober.registration.web;

import static nl.naober.registration.web.Registrations.family;
import static nl.naober.registration.web.Registrations.newClientAddress;
import static nl.naober.registration.web.Registrations.post;
import static nl.naober.registration.web.Registrations.storedLike;
import static nl.naober.registration.web.Registrations.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.naober.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The acceptance test: 100 rapid registrations from one address, each different, sent 8 at a time. The
 * first {@value PublicRegistrationTest#PER_CLIENT} are stored, the rest get 429 with {@code Retry-After}, and
 * exactly that many are in the database.
 */
@PublicRegistrationTest
class PublicRegistrationRateLimitTest {

    private static final int SUBMISSIONS = 100;

    @LocalServerPort
    int port;

    @Test
    void hundredRapidSubmissionsFromOneAddressStoreExactlyTheAllowanceAndTheRestGet429() throws Exception {
        Http http = new Http(port);
        String client = newClientAddress();
        String prefix = uniqueName("Snel");
        long started = System.nanoTime();

        List<Http.Response> responses = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<Http.Response>> sent = new ArrayList<>();
            for (int i = 0; i < SUBMISSIONS; i++) {
                String json = Http.json(family(prefix + "n" + i));
                sent.add(senders.submit(() -> post(http, "de-wolden", client, json)));
            }
            for (Future<Http.Response> response : sent) {
                responses.add(response.get());
            }
        } finally {
            senders.shutdown();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("%d registrations from one address in %d ms%n", SUBMISSIONS, millis);

        List<Http.Response> created =
                responses.stream().filter(r -> r.status() == 201).toList();
        List<Http.Response> refused =
                responses.stream().filter(r -> r.status() == 429).toList();
        assertThat(created).hasSize(PublicRegistrationTest.PER_CLIENT);
        assertThat(refused).hasSize(SUBMISSIONS - PublicRegistrationTest.PER_CLIENT);
        assertThat(refused).allSatisfy(response -> {
            assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(1L, 3600L);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            // Past the allowance (and far below the ceiling): a proof of work is asked for, not a plain refusal.
            assertThat(response.json().get("type").asString()).endsWith("/registration-challenge-required");
        });
        assertThat(storedLike("t_de_wolden", prefix)).isEqualTo(PublicRegistrationTest.PER_CLIENT);

        assertThat(post(http, "de-wolden", newClientAddress(), Http.json(family(uniqueName("Ander"))))
                        .status())
                .as("another address still has its own allowance")
                .isEqualTo(201);
    }
}
