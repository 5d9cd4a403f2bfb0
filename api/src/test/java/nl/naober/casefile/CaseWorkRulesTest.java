package nl.naober.casefile;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.CaseWork.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.naober.support.Browser;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The state machines and programme rules refuse with 409 and say why; concurrent edits never lose an update. */
@NaoberIntegrationTest
class CaseWorkRulesTest {

    static final Set<String> WEDNESDAY = Set.of("WEDNESDAY_AFTERNOON");

    @LocalServerPort
    int port;

    Http http;
    CaseWork work;

    @BeforeEach
    void municipality() {
        http = new Http(port);
        work = new CaseWork(http, "de-wolden");
    }

    @Test
    void anIllegalFamilyTransitionIsAConflictNamingTheAllowedOnes() {
        JsonNode family = work.registerFamily(
                "Regels " + System.nanoTime(),
                52.66,
                6.43,
                WEDNESDAY,
                List.of(child("Sem", LocalDate.now().minusYears(5))));

        Http.Response refused = http.post(
                work.base() + "/families/" + id(family) + "/status",
                work.coordinator(),
                Http.json(Map.of("target", "MATCHED", "version", version(family))));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("/transition-not-allowed");
        assertThat(refused.json().get("allowed").toString()).contains("INTAKE", "WITHDRAWN", "DECLINED");
        assertThat(refused.json().get("detail").asString())
                .contains("REGISTERED")
                .contains("MATCHED")
                .contains("INTAKE");
        assertThat(ok(http.get(work.base() + "/families/" + id(family), work.coordinator()))
                        .get("status")
                        .asString())
                .isEqualTo("REGISTERED");
    }

    @Test
    void aClosedFamilyAllowsNothingAndAMatchCannotSkipItsTrial() {
        JsonNode family = work.registerFamily(
                "Weg " + System.nanoTime(),
                52.66,
                6.43,
                WEDNESDAY,
                List.of(child("Sem", LocalDate.now().minusYears(5))));
        JsonNode withdrawn = ok(http.post(
                work.base() + "/families/" + id(family) + "/status",
                work.coordinator(),
                Http.json(Map.of("target", "WITHDRAWN", "version", version(family), "reason", "NO_LONGER_NEEDED"))));
        Http.Response again = http.post(
                work.base() + "/families/" + id(family) + "/status",
                work.coordinator(),
                Http.json(Map.of("target", "INTAKE", "version", version(withdrawn))));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("allowed")).isEmpty();

        JsonNode waiting = work.waitingFamily(
                "Overslaan " + System.nanoTime(),
                WEDNESDAY,
                List.of(child("Lot", LocalDate.now().minusYears(4))));
        JsonNode supportFamily = work.makeAvailable(
                work.registerSupportFamily("Vol " + System.nanoTime(), 52.66, 6.43, WEDNESDAY, 2, Set.of()));
        JsonNode match = work.propose(waiting, supportFamily, WEDNESDAY);
        Http.Response skipTrial = http.post(
                work.base() + "/matches/" + id(match) + "/close",
                work.coordinator(),
                Http.json(Map.of("reason", "GOAL_REACHED", "version", version(match))));
        assertThat(skipTrial.status()).isEqualTo(409);
        assertThat(skipTrial.json().get("allowed").toString()).contains("TRIAL", "CANCELLED");
    }

    @Test
    void aSupportFamilyWithoutValidVogCannotBecomeAvailable() {
        JsonNode supportFamily =
                work.registerSupportFamily("Geen VOG " + System.nanoTime(), 52.66, 6.43, WEDNESDAY, 1, Set.of());
        JsonNode screened = work.screen(supportFamily);

        Http.Response refused = http.post(
                work.base() + "/support-families/" + id(supportFamily) + "/status",
                work.coordinator(),
                Http.json(Map.of("target", "AVAILABLE", "version", version(screened))));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("/rule-violated");
        assertThat(refused.body()).contains("rule.vog-missing").contains("geldige VOG");
        assertThat(screened.get("missingForAvailable").toString()).contains("rule.vog-missing");
    }

    @Test
    void overCapacityAndASecondOpenMatchAreRefused() {
        JsonNode small = work.makeAvailable(
                work.registerSupportFamily("Klein " + System.nanoTime(), 52.66, 6.43, WEDNESDAY, 1, Set.of()));
        JsonNode other = work.makeAvailable(
                work.registerSupportFamily("Ander " + System.nanoTime(), 52.66, 6.43, WEDNESDAY, 2, Set.of()));
        JsonNode first = work.waitingFamily(
                "Eerste " + System.nanoTime(),
                WEDNESDAY,
                List.of(child("Jip", LocalDate.now().minusYears(4))));
        JsonNode second = work.waitingFamily(
                "Tweede " + System.nanoTime(),
                WEDNESDAY,
                List.of(child("Janneke", LocalDate.now().minusYears(4))));
        work.propose(first, small, WEDNESDAY);

        Http.Response full =
                http.post(work.base() + "/matches", work.coordinator(), work.proposal(second, small, WEDNESDAY));
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.body()).contains("rule.capacity");

        Http.Response secondMatch =
                http.post(work.base() + "/matches", work.coordinator(), work.proposal(first, other, WEDNESDAY));
        assertThat(secondMatch.status()).isEqualTo(409);
        assertThat(secondMatch.body()).contains("rule.family-has-open-match");

        Http.Response wrongDayPart = http.post(
                work.base() + "/matches", work.coordinator(), work.proposal(second, other, Set.of("SUNDAY_EVENING")));
        assertThat(wrongDayPart.status()).isEqualTo(409);
        assertThat(wrongDayPart.body()).contains("rule.day-parts");
    }

    @Test
    void aFamilyWithAnOpenMatchCannotBeDeclinedOrWithdrawnUntilTheMatchIsClosed() {
        JsonNode family = work.waitingFamily(
                "Open koppeling " + System.nanoTime(),
                WEDNESDAY,
                List.of(child("Ot", LocalDate.now().minusYears(6))));
        JsonNode supportFamily = work.makeAvailable(
                work.registerSupportFamily("Lopend " + System.nanoTime(), 52.66, 6.43, WEDNESDAY, 1, Set.of()));
        JsonNode match = work.propose(family, supportFamily, WEDNESDAY);
        String familyPath = work.base() + "/families/" + id(family);

        assertLeavingIsRefusedNaming(familyPath, id(match), "WAITING");

        ok(http.post(
                work.base() + "/matches/" + id(match) + "/trial",
                work.coordinator(),
                Http.json(Map.of("version", version(match)))));
        assertLeavingIsRefusedNaming(familyPath, id(match), "MATCHED");
        assertThat(ok(http.get(work.base() + "/matches/" + id(match), work.coordinator()))
                        .get("status")
                        .asString())
                .isEqualTo("TRIAL");
    }

    private void assertLeavingIsRefusedNaming(String familyPath, UUID matchId, String status) {
        JsonNode before = ok(http.get(familyPath, work.coordinator()));
        assertThat(before.get("status").asString()).isEqualTo(status);
        assertThat(before.get("allowedTransitions").toString())
                .as("the screen and the API offer no way out while the match is open")
                .doesNotContain("DECLINED", "WITHDRAWN");
        for (String target : List.of("DECLINED", "WITHDRAWN")) {
            Http.Response refused = http.post(
                    familyPath + "/status",
                    work.coordinator(),
                    Http.json(Map.of("target", target, "version", version(before), "reason", "OTHER")));
            assertThat(refused.status()).as(target + ": " + refused.body()).isEqualTo(409);
            assertThat(refused.json().get("matchId").asString()).isEqualTo(matchId.toString());
            assertThat(refused.body()).contains("rule.family-has-open-match-to-close");
        }
        assertThat(ok(http.get(familyPath, work.coordinator())).get("status").asString())
                .isEqualTo(status);
        String page = Browser.loggedIn(port, "coordinator.de-wolden")
                .get(familyPath.substring(familyPath.indexOf("/families/")).replace("/families/", "/gezinnen/"))
                .body();
        assertThat(page)
                .as("the family's page offers no button to leave")
                .contains("Acties")
                .doesNotContain("value=\"DECLINED\"", "value=\"WITHDRAWN\"", "/status/DECLINED", "/status/WITHDRAWN");
    }

    @Test
    void aTrialThatEndsWithoutContinuingPutsTheFamilyBackOnTheWaitingList() {
        JsonNode family = work.waitingFamily(
                "Terug " + System.nanoTime(),
                WEDNESDAY,
                List.of(child("Bo", LocalDate.now().minusYears(7))));
        JsonNode supportFamily = work.makeAvailable(
                work.registerSupportFamily("Proef " + System.nanoTime(), 52.66, 6.43, WEDNESDAY, 1, Set.of()));
        JsonNode match = work.propose(family, supportFamily, WEDNESDAY);
        ok(http.post(
                work.base() + "/matches/" + id(match) + "/trial",
                work.coordinator(),
                Http.json(Map.of("version", version(match)))));

        JsonNode ended = created(http.post(
                work.base() + "/matches/" + id(match) + "/evaluations",
                work.coordinator(),
                Http.json(
                        Map.of("kind", "TRIAL", "decision", "END", "endReason", "NO_CLICK", "notes", "Klikte niet"))));

        assertThat(ended.get("status").asString()).isEqualTo("ENDED");
        assertThat(ended.get("closeReason").asString()).isEqualTo("TRIAL_NOT_CONTINUED");
        assertThat(ok(http.get(work.base() + "/families/" + id(family), work.coordinator()))
                        .get("status")
                        .asString())
                .isEqualTo("WAITING");
        // The place is free again.
        assertThat(work.propose(family, supportFamily, WEDNESDAY).get("status").asString())
                .isEqualTo("PROPOSED");
    }

    @Test
    void aReferralNeedsConsent() {
        JsonNode family = work.waitingFamily(
                "Signaal " + System.nanoTime(),
                WEDNESDAY,
                List.of(child("Ties", LocalDate.now().minusYears(8))));
        JsonNode supportFamily = work.makeAvailable(
                work.registerSupportFamily("Melder " + System.nanoTime(), 52.66, 6.43, WEDNESDAY, 1, Set.of()));
        JsonNode match = work.propose(family, supportFamily, WEDNESDAY);
        ok(http.post(
                work.base() + "/matches/" + id(match) + "/trial",
                work.coordinator(),
                Http.json(Map.of("version", version(match)))));

        Http.Response withoutConsent = http.post(
                work.base() + "/matches/" + id(match) + "/signals",
                work.coordinator(),
                Http.json(Map.of("kind", "DEBTS", "referral", "SOCIAL_WORK", "referralConsent", false)));
        assertThat(withoutConsent.status()).isEqualTo(409);
        assertThat(withoutConsent.body()).contains("rule.referral-needs-consent");

        JsonNode noted = created(http.post(
                work.base() + "/matches/" + id(match) + "/signals",
                work.coordinator(),
                Http.json(Map.of("kind", "DEBTS", "referral", "SOCIAL_WORK", "referralConsent", true))));
        assertThat(noted.get("signals")).hasSize(1);
    }

    @Test
    void twoCoordinatorsEditingTheSameFamilyGetOneConflictAndNoLostUpdate() throws Exception {
        JsonNode family = work.registerFamily("Gelijktijdig " + System.nanoTime(), 52.66, 6.43, WEDNESDAY, List.of());
        long seen = version(family);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<Http.Response>> edits = new ArrayList<>();
        for (String city : List.of("Zuidwolde", "Ruinen")) {
            Callable<Http.Response> edit = () -> {
                start.await();
                return http.send(http.request(work.base() + "/families/" + id(family), work.coordinator())
                        .header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(Http.json(Map.of(
                                "version",
                                seen,
                                "parentName",
                                family.get("parentName").asString(),
                                "postcode",
                                "7921 AB",
                                "city",
                                city,
                                "numberOfChildren",
                                1)))));
            };
            edits.add(two.submit(edit));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        String winner = null;
        for (Future<Http.Response> edit : edits) {
            Http.Response response = edit.get();
            statuses.add(response.status());
            if (response.status() == 200) {
                winner = response.json().get("city").asString();
            }
        }
        two.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        JsonNode stored = ok(http.get(work.base() + "/families/" + id(family), work.coordinator()));
        assertThat(stored.get("city").asString()).isEqualTo(winner);
        assertThat(version(stored)).isEqualTo(seen + 1);

        Http.Response stale = http.send(http.request(work.base() + "/families/" + id(family), work.coordinator())
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(Http.json(
                        Map.of("version", seen, "parentName", "Oud", "postcode", "7921 AB", "numberOfChildren", 1)))));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asString()).endsWith("/stale-version");
    }
}
