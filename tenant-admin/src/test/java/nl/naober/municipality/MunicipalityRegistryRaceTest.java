package nl.naober.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Found by the load benchmark's set-up (issue 17): three administrators onboarding at once, and one of them got 404
 * "no municipality with this code" right after its onboarding answered 201. Each onboarding refreshes the registry
 * after its commit; a refresh that read the catalog <em>before</em> another onboarding's commit could publish its older
 * list <em>after</em> that onboarding's own refresh, and the new municipality was gone again until the next periodic
 * refresh (30 s).
 */
class MunicipalityRegistryRaceTest {

    @Test
    void aRefreshThatReadTheCatalogEarlierNeverOverwritesOneThatReadItLater() throws Exception {
        Municipality meppel = active("meppel");
        Municipality hoogeveen = active("hoogeveen");
        MunicipalityRepository catalog = mock(MunicipalityRepository.class);
        CountDownLatch laterRefreshDone = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        when(catalog.findByStatus(MunicipalityStatus.ACTIVE)).thenAnswer(call -> {
            if (reads.incrementAndGet() == 1) {
                // the earlier refresh read the catalog before hoogeveen's commit; it publishes after the later one
                // has published, or (when refreshes take turns, so the later one waits for it) a second later
                laterRefreshDone.await(1, TimeUnit.SECONDS);
                return List.of(meppel);
            }
            return List.of(meppel, hoogeveen);
        });
        MunicipalityRegistry registry = new MunicipalityRegistry(catalog);

        CompletableFuture<Void> earlier = CompletableFuture.runAsync(registry::refresh);
        while (reads.get() == 0) {
            Thread.onSpinWait();
        }
        CompletableFuture<Void> later = CompletableFuture.runAsync(() -> {
            registry.refresh(); // hoogeveen's onboarding, after its commit
            laterRefreshDone.countDown();
        });
        CompletableFuture.allOf(earlier, later).get(10, TimeUnit.SECONDS);

        assertThat(registry.findActive("hoogeveen"))
                .as("hoogeveen, onboarded and refreshed after its commit, is served")
                .isPresent();
    }

    private static Municipality active(String code) {
        Municipality municipality = new Municipality(
                new NewMunicipality(code, code, "GM0119", "buurtgezinnen"), Instant.parse("2026-01-01T00:00:00Z"));
        municipality.activate("20");
        return municipality;
    }
}
