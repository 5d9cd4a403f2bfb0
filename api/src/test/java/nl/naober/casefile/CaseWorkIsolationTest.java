package nl.naober.casefile;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every case-work endpoint, called on Hoogeveen's real records with well-formed bodies: a coordinator of another
 * municipality gets 404, Hoogeveen's policy officer 403 (personal data), an anonymous caller 401; nothing changes.
 */
@NaoberIntegrationTest
class CaseWorkIsolationTest {

    static final Set<String> WEDNESDAY = Set.of("WEDNESDAY_AFTERNOON");

    @LocalServerPort
    int port;

    Http http;
    CaseWork hoogeveen;
    JsonNode family;
    JsonNode supportFamily;
    JsonNode match;

    record Call(String method, String path, String body) {}

    @BeforeEach
    void hoogeveensRecords() {
        http = new Http(port);
        hoogeveen = new CaseWork(http, "hoogeveen");
        family = hoogeveen.waitingFamily(
                "Afgeschermd " + System.nanoTime(),
                WEDNESDAY,
                List.of(child("Fenna", LocalDate.now().minusYears(5))));
        supportFamily = hoogeveen.makeAvailable(hoogeveen.registerSupportFamily(
                "Afgeschermd " + System.nanoTime(), 52.72, 6.47, WEDNESDAY, 2, Set.of()));
        match = hoogeveen.propose(family, supportFamily, WEDNESDAY);
    }

    @Test
    void everyEndpointRefusesOtherMunicipalitiesPolicyOfficersAndAnonymousCallers() {
        String snapshot = snapshot();
        for (Call call : calls()) {
            assertThat(send(call, basic("coordinator.meppel")).status())
                    .as("other municipality: " + call)
                    .isEqualTo(404);
            assertThat(send(call, basic("policy.hoogeveen")).status())
                    .as("policy officer: " + call)
                    .isEqualTo(403);
            assertThat(send(call, null).status()).as("anonymous: " + call).isEqualTo(401);
        }
        assertThat(snapshot()).isEqualTo(snapshot);
    }

    private List<Call> calls() {
        String f = "/families/" + id(family);
        String s = "/support-families/" + id(supportFamily);
        String m = "/matches/" + id(match);
        JsonNode member = supportFamily.get("members").get(0);
        String memberPath = s + "/members/" + member.get("id").asString();
        String vog = member.get("certificates").get(0).get("id").asString();
        String version = Http.json(Map.of("version", 0));
        return List.of(
                new Call("POST", "/families", familyJson()),
                new Call("GET", "/families", null),
                new Call("GET", f, null),
                new Call(
                        "PUT",
                        f,
                        Http.json(Map.of(
                                "version",
                                family.get("version").asLong(),
                                "parentName",
                                "X",
                                "postcode",
                                "7901 AA",
                                "numberOfChildren",
                                1))),
                new Call("POST", f + "/children", Http.json(Map.of("firstName", "X", "birthDate", "2020-01-01"))),
                new Call(
                        "PUT",
                        f + "/children/"
                                + family.get("children").get(0).get("id").asString(),
                        Http.json(Map.of("firstName", "X", "birthDate", "2020-01-01", "version", 0))),
                new Call(
                        "DELETE",
                        f + "/children/"
                                + family.get("children").get(0).get("id").asString(),
                        null),
                new Call("POST", f + "/intakes", CaseWork.intakeJson()),
                new Call("POST", f + "/status", Http.json(Map.of("target", "WITHDRAWN", "version", 0))),
                new Call("GET", f + "/match-suggestions", null),
                new Call(
                        "GET",
                        f + "/match-suggestions/report?childIds="
                                + family.get("children").get(0).get("id").asString(),
                        null),
                new Call("GET", f + "/matches", null),
                new Call("GET", f + "/outcomes", null),
                new Call("POST", f + "/outcomes", Http.json(Map.of("moment", "INTAKE", "parentingStrain", 3))),
                new Call("GET", f + "/timeline", null),
                new Call("POST", f + "/notes", Http.json(Map.of("text", "Notitie"))),
                new Call(
                        "POST",
                        "/support-families",
                        Http.json(Map.of("householdName", "X", "postcode", "7901 AA", "capacity", 1))),
                new Call("GET", "/support-families", null),
                new Call("GET", s, null),
                new Call("PUT", s, Http.json(Map.of("version", 0, "capacity", 1, "minAge", 0, "maxAge", 12))),
                new Call("POST", s + "/members", Http.json(Map.of("firstName", "X", "birthDate", "1980-01-01"))),
                new Call("POST", memberPath + "/vogs", Http.json(Map.of())),
                new Call(
                        "POST",
                        memberPath + "/vogs/" + vog + "/received",
                        Http.json(Map.of("issuedOn", "2026-01-01", "version", 0))),
                new Call("POST", s + "/intakes", CaseWork.intakeJson()),
                new Call("POST", s + "/status", Http.json(Map.of("target", "PAUSED", "version", 0))),
                new Call("GET", s + "/matches", null),
                new Call("GET", s + "/timeline", null),
                new Call("POST", s + "/notes", Http.json(Map.of("text", "Notitie"))),
                new Call("POST", "/matches", hoogeveen.proposal(family, supportFamily, WEDNESDAY)),
                new Call("GET", "/matches", null),
                new Call("GET", m, null),
                new Call("POST", m + "/trial", version),
                new Call("POST", m + "/evaluations", Http.json(Map.of("kind", "TRIAL", "decision", "CONTINUE"))),
                new Call("POST", m + "/contacts", Http.json(Map.of("withWhom", "BOTH"))),
                new Call("POST", m + "/signals", Http.json(Map.of("kind", "OTHER"))),
                new Call("POST", m + "/close", Http.json(Map.of("reason", "OTHER", "version", 0))),
                new Call("POST", m + "/cancel", version),
                new Call("GET", m + "/timeline", null),
                new Call("GET", "/my-work", null),
                new Call("GET", "/my-work?scope=ALL", null),
                new Call("GET", "/my-work/waiting-list", null));
    }

    private Http.Response send(Call call, String authorization) {
        HttpRequest.Builder request = http.request(hoogeveen.base() + call.path(), authorization);
        if (call.body() != null) {
            request.header("Content-Type", "application/json")
                    .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body()));
        } else {
            request.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request);
    }

    /** What Hoogeveen's records look like now, as their coordinator sees them. */
    private String snapshot() {
        String c = hoogeveen.coordinator();
        return ok(http.get(hoogeveen.base() + "/families/" + id(family), c)).toString()
                + ok(http.get(hoogeveen.base() + "/support-families/" + id(supportFamily), c))
                + ok(http.get(hoogeveen.base() + "/matches/" + id(match), c))
                + ok(http.get(hoogeveen.base() + "/families/" + id(family) + "/timeline", c))
                        .get("totalElements")
                + ok(http.get(hoogeveen.base() + "/families?size=1", c)).get("totalElements")
                + ok(http.get(hoogeveen.base() + "/support-families?size=1", c)).get("totalElements");
    }

    private static String familyJson() {
        return Http.json(Map.of("parentName", "X", "postcode", "7901 AA", "numberOfChildren", 1, "consentGiven", true));
    }
}
