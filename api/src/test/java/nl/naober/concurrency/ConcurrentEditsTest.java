package nl.naober.concurrency;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.CaseWork.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17, item 7: two coordinators editing one record. For every record a coordinator edits through the REST API,
 * writer A and writer B start from the same version; A saves, B's save is refused with 409 Problem Details and only
 * A's change is stored. Two writers at the same moment: exactly one wins, the other gets 409, never a 500.
 */
@NaoberIntegrationTest
class ConcurrentEditsTest {

    /** A day-part no other test offers, so these support families never enter another test's suggestions. */
    static final Set<String> SATURDAY_EVENING = Set.of("SATURDAY_EVENING");

    static final LocalDate TODAY = LocalDate.now();

    @LocalServerPort
    int port;

    Http http;
    CaseWork work;

    @BeforeEach
    void municipality() {
        http = new Http(port);
        work = new CaseWork(http, "borger-odoorn");
    }

    /**
     * One editable record: where it is read, how it is written (A's and B's body from the version they saw), and
     * what of the read shows whose change was stored.
     */
    record Edit(
            String read,
            String method,
            String write,
            String writeB,
            LongFunction<Map<String, Object>> a,
            LongFunction<Map<String, Object>> b,
            Function<JsonNode, String> shown,
            String byA,
            String byB,
            String refusedAs) {

        Edit(
                String read,
                String method,
                String write,
                String writeB,
                LongFunction<Map<String, Object>> a,
                LongFunction<Map<String, Object>> b,
                Function<JsonNode, String> shown,
                String byA,
                String byB) {
            this(read, method, write, writeB, a, b, shown, byA, byB, "stale-version");
        }

        Edit(
                String read,
                String method,
                String write,
                LongFunction<Map<String, Object>> a,
                LongFunction<Map<String, Object>> b,
                Function<JsonNode, String> shown,
                String byA,
                String byB) {
            this(read, method, write, write, a, b, shown, byA, byB, "stale-version");
        }
    }

    interface Scenario extends Function<ConcurrentEditsTest, Edit> {}

    static Stream<org.junit.jupiter.params.provider.Arguments> records() {
        return Stream.of(
                arguments("family details (PUT /families/{id})", ConcurrentEditsTest::familyDetails),
                arguments("family status (POST /families/{id}/status)", ConcurrentEditsTest::familyStatus),
                arguments("family reopen (POST /families/{id}/reopen)", ConcurrentEditsTest::familyReopen),
                arguments("child (PUT /families/{id}/children/{childId})", ConcurrentEditsTest::childEdit),
                arguments(
                        "support family details (PUT /support-families/{id})",
                        ConcurrentEditsTest::supportFamilyDetails),
                arguments(
                        "support family status (POST /support-families/{id}/status)",
                        ConcurrentEditsTest::supportFamilyStatus),
                arguments("VOG received (POST …/members/{m}/vogs/{v}/received)", ConcurrentEditsTest::vogReceived),
                arguments("match trial start (POST /matches/{id}/trial)", ConcurrentEditsTest::trialStart),
                arguments("match cancel (POST /matches/{id}/cancel)", ConcurrentEditsTest::matchCancel),
                arguments("match close (POST /matches/{id}/close)", ConcurrentEditsTest::matchClose),
                arguments("trial evaluation (POST /matches/{id}/evaluations)", ConcurrentEditsTest::trialEvaluation),
                arguments("appointment move (POST /appointments/{id}/move)", ConcurrentEditsTest::appointmentMove),
                arguments(
                        "appointment cancel (POST /appointments/{id}/cancel)", ConcurrentEditsTest::appointmentCancel));
    }

    static org.junit.jupiter.params.provider.Arguments arguments(String name, Scenario scenario) {
        return org.junit.jupiter.params.provider.Arguments.argumentSet(name, scenario);
    }

    @ParameterizedTest
    @MethodSource("records")
    void aStaleWriteIsRefusedAndTheFirstWriteIsKept(Scenario scenario) {
        Edit edit = scenario.apply(this);
        JsonNode before = ok(http.get(edit.read(), work.coordinator()));
        long seen = version(before);

        Http.Response first = send(edit.method(), edit.write(), edit.a().apply(seen));
        assertThat(first.status()).as("A: " + first.body()).isBetween(200, 299);

        Http.Response stale = send(edit.method(), edit.writeB(), edit.b().apply(seen));
        assertThat(stale.status()).as("B: " + stale.body()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stale.json().get("type").asString()).endsWith("/" + edit.refusedAs());

        JsonNode after = ok(http.get(edit.read(), work.coordinator()));
        assertThat(edit.shown().apply(after))
                .as("A's change is stored, B's is not")
                .isEqualTo(edit.byA());
        assertThat(version(after)).isGreaterThan(seen);
    }

    @ParameterizedTest
    @MethodSource("atOnce")
    void twoWritersAtOnceOneWinsTheOtherGets409(Scenario scenario) throws Exception {
        Edit edit = scenario.apply(this);
        long seen = version(ok(http.get(edit.read(), work.coordinator())));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<Http.Response>> writes = new ArrayList<>();
        for (boolean a : List.of(true, false)) {
            writes.add(two.submit(() -> {
                start.await();
                return a
                        ? send(edit.method(), edit.write(), edit.a().apply(seen))
                        : send(edit.method(), edit.writeB(), edit.b().apply(seen));
            }));
        }
        start.countDown();
        List<Http.Response> answers = new ArrayList<>();
        for (Future<Http.Response> write : writes) {
            answers.add(write.get());
        }
        two.shutdown();

        List<Integer> statuses = answers.stream()
                .map(r -> r.status() / 100 == 2 ? 200 : r.status())
                .toList();
        assertThat(statuses).as(answers.toString()).containsExactlyInAnyOrder(200, 409);
        Http.Response refused =
                answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        String winner = answers.get(0).status() / 100 == 2 ? edit.byA() : edit.byB();
        JsonNode after = ok(http.get(edit.read(), work.coordinator()));
        assertThat(edit.shown().apply(after)).isEqualTo(winner);
        assertThat(version(after)).isEqualTo(seen + 1);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> atOnce() {
        return Stream.of(
                arguments("family details", ConcurrentEditsTest::familyDetails),
                arguments("child", ConcurrentEditsTest::childEdit),
                arguments("support family details", ConcurrentEditsTest::supportFamilyDetails),
                arguments("match trial start", ConcurrentEditsTest::trialStart),
                arguments("match close", ConcurrentEditsTest::matchClose),
                arguments("VOG received", ConcurrentEditsTest::vogReceived),
                arguments("trial evaluation", ConcurrentEditsTest::trialEvaluation));
    }

    // --- the records ---------------------------------------------------------------------------------------------

    Edit familyDetails() {
        JsonNode family = family();
        String path = work.base() + "/families/" + id(family);
        return new Edit(
                path,
                "PUT",
                path,
                v -> familyUpdate(family, v, "Exloo"),
                v -> familyUpdate(family, v, "Valthe"),
                f -> f.get("city").asString(),
                "Exloo",
                "Valthe");
    }

    Edit familyStatus() {
        JsonNode family = family();
        String path = work.base() + "/families/" + id(family);
        return new Edit(
                path,
                "POST",
                path + "/status",
                v -> Map.of("target", "INTAKE", "version", v),
                v -> Map.of("target", "WITHDRAWN", "version", v, "reason", "NO_LONGER_NEEDED"),
                f -> f.get("status").asString(),
                "INTAKE",
                "WITHDRAWN");
    }

    Edit familyReopen() {
        JsonNode family = family();
        String path = work.base() + "/families/" + id(family);
        ok(http.post(
                path + "/status",
                work.coordinator(),
                Http.json(Map.of("target", "WITHDRAWN", "version", version(family), "reason", "MOVED"))));
        return new Edit(
                path,
                "POST",
                path + "/reopen",
                v -> Map.of("reason", "Per ongeluk afgemeld", "version", v),
                v -> Map.of("reason", "Toch weer", "version", v),
                f -> f.get("status").asString(),
                "REGISTERED",
                "REGISTERED");
    }

    Edit childEdit() {
        JsonNode family = family();
        String path = work.base() + "/families/" + id(family);
        String childId = family.get("children").get(0).get("id").asString();
        return new Edit(
                path,
                "PUT",
                path + "/children/" + childId,
                v -> childUpdate("Anna", v),
                v -> childUpdate("Bente", v),
                f -> f.get("children").get(0).get("firstName").asString(),
                "Anna",
                "Bente");
    }

    Edit supportFamilyDetails() {
        JsonNode supportFamily = supportFamily();
        String path = work.base() + "/support-families/" + id(supportFamily);
        return new Edit(
                path,
                "PUT",
                path,
                v -> supportFamilyUpdate(v, 4),
                v -> supportFamilyUpdate(v, 5),
                s -> s.get("capacity").asString(),
                "4",
                "5");
    }

    Edit supportFamilyStatus() {
        JsonNode supportFamily = supportFamily();
        String path = work.base() + "/support-families/" + id(supportFamily);
        return new Edit(
                path,
                "POST",
                path + "/status",
                v -> Map.of("target", "SCREENING", "version", v),
                v -> Map.of("target", "STOPPED", "version", v),
                s -> s.get("status").asString(),
                "SCREENING",
                "STOPPED");
    }

    Edit vogReceived() {
        JsonNode supportFamily = supportFamily();
        String path = work.base() + "/support-families/" + id(supportFamily);
        String member = supportFamily.get("members").get(0).get("id").asString();
        JsonNode requested = created(http.post(
                path + "/members/" + member + "/vogs",
                work.coordinator(),
                Http.json(Map.of("requestedOn", TODAY.minusDays(20).toString()))));
        String vog = requested
                .get("members")
                .get(0)
                .get("certificates")
                .get(0)
                .get("id")
                .asString();
        return new Edit(
                path,
                "POST",
                path + "/members/" + member + "/vogs/" + vog + "/received",
                v -> Map.of("issuedOn", TODAY.minusDays(5).toString(), "version", v),
                v -> Map.of("issuedOn", TODAY.minusDays(9).toString(), "version", v),
                s -> s.get("members")
                        .get(0)
                        .get("certificates")
                        .get(0)
                        .get("issuedOn")
                        .asString(),
                TODAY.minusDays(5).toString(),
                TODAY.minusDays(9).toString());
    }

    Edit trialStart() {
        String path = proposedMatch();
        return new Edit(
                path,
                "POST",
                path + "/trial",
                path + "/cancel",
                v -> Map.of("startDate", TODAY.toString(), "version", v),
                v -> Map.of("cancelledOn", TODAY.toString(), "version", v),
                m -> m.get("status").asString(),
                "TRIAL",
                "CANCELLED");
    }

    Edit matchCancel() {
        String path = proposedMatch();
        return new Edit(
                path,
                "POST",
                path + "/cancel",
                path + "/trial",
                v -> Map.of("cancelledOn", TODAY.toString(), "version", v),
                v -> Map.of("startDate", TODAY.toString(), "version", v),
                m -> m.get("status").asString(),
                "CANCELLED",
                "TRIAL");
    }

    Edit matchClose() {
        String path = trialMatch();
        return new Edit(
                path,
                "POST",
                path + "/close",
                v -> Map.of("reason", "GOAL_REACHED", "version", v),
                v -> Map.of("reason", "MISMATCH", "version", v),
                m -> m.get("closeReason").asString(),
                "GOAL_REACHED",
                "MISMATCH");
    }

    /**
     * An evaluation is added, not edited; what goes stale is the trial's decision. Before issue 17 a stale END after a
     * colleague's CONTINUE was accepted and ended the match A had just made active; now the evaluation carries the
     * match's version (optional, as evaluations are added), and a stale one is refused.
     */
    Edit trialEvaluation() {
        String path = trialMatch();
        return new Edit(
                path,
                "POST",
                path + "/evaluations",
                v -> Map.of("kind", "TRIAL", "decision", "CONTINUE", "endTrialEarly", true, "version", v),
                v -> Map.of("kind", "TRIAL", "decision", "END", "endReason", "NO_CLICK", "version", v),
                m -> m.get("status").asString() + " " + m.get("evaluations").size(),
                "ACTIVE 1",
                "ENDED 1");
    }

    Edit appointmentMove() {
        String path = appointment();
        return new Edit(
                path,
                "POST",
                path + "/move",
                v -> Map.of("date", TODAY.plusDays(3).toString(), "time", "10:00", "version", v),
                v -> Map.of("date", TODAY.plusDays(4).toString(), "time", "14:00", "version", v),
                a -> a.get("date").asString(),
                TODAY.plusDays(3).toString(),
                TODAY.plusDays(4).toString());
    }

    Edit appointmentCancel() {
        String path = appointment();
        return new Edit(
                path,
                "POST",
                path + "/move",
                path + "/cancel",
                v -> Map.of("date", TODAY.plusDays(3).toString(), "time", "10:00", "version", v),
                v -> Map.of("version", v),
                a -> a.get("status").asString() + " " + a.get("date").asString(),
                "PLANNED " + TODAY.plusDays(3),
                "CANCELLED " + TODAY.plusDays(2));
    }

    // --- data of this test's own ----------------------------------------------------------------------------------

    JsonNode family() {
        return work.registerFamily(
                "Gelijktijdig " + Long.toString(System.nanoTime(), 36),
                52.87,
                6.97,
                SATURDAY_EVENING,
                List.of(child("Sem", TODAY.minusYears(6))));
    }

    JsonNode supportFamily() {
        return work.registerSupportFamily(
                "Tegelijk " + Long.toString(System.nanoTime(), 36), 52.87, 6.97, SATURDAY_EVENING, 3, Set.of());
    }

    String proposedMatch() {
        JsonNode family = work.waitingFamily(
                "Koppel " + Long.toString(System.nanoTime(), 36),
                SATURDAY_EVENING,
                List.of(child("Lot", TODAY.minusYears(5))));
        JsonNode supportFamily = work.makeAvailable(supportFamily());
        return work.base() + "/matches/" + id(work.propose(family, supportFamily, SATURDAY_EVENING));
    }

    String trialMatch() {
        String path = proposedMatch();
        JsonNode match = ok(http.get(path, work.coordinator()));
        ok(http.post(
                path + "/trial",
                work.coordinator(),
                Http.json(Map.of("startDate", TODAY.toString(), "version", version(match)))));
        return path;
    }

    String appointment() {
        JsonNode family = family();
        JsonNode planned = created(http.post(
                work.base() + "/appointments",
                work.coordinator(),
                Http.json(Map.of(
                        "kind",
                        "FAMILY_INTAKE",
                        "subjectId",
                        id(family).toString(),
                        "date",
                        TODAY.plusDays(2).toString(),
                        "time",
                        "09:30"))));
        return work.base() + "/appointments/" + id(planned);
    }

    static Map<String, Object> familyUpdate(JsonNode family, long version, String city) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("parentName", family.get("parentName").asString());
        body.put("postcode", "7881 AA");
        body.put("city", city);
        body.put("numberOfChildren", 1);
        return body;
    }

    static Map<String, Object> childUpdate(String firstName, long version) {
        return Map.of(
                "firstName",
                firstName,
                "birthDate",
                TODAY.minusYears(6).toString(),
                "needs",
                List.of(),
                "version",
                version);
    }

    static Map<String, Object> supportFamilyUpdate(long version, int capacity) {
        return Map.of(
                "version",
                version,
                "availableDayParts",
                SATURDAY_EVENING,
                "capacity",
                capacity,
                "minAge",
                0,
                "maxAge",
                12);
    }

    Http.Response send(String method, String path, Map<String, Object> body) {
        return http.send(http.request(path, work.coordinator())
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(Http.json(body))));
    }
}
