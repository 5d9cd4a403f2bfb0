package nl.naober.appointment.web;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Planned visits through the REST API: a visit planned ahead (a date in the future is what planning is for), listed
 * as this week's, moved, done (which records the intake) or cancelled; Problem Details for what is refused; and no
 * other municipality, policy officer or anonymous caller can read or change one.
 */
@NaoberIntegrationTest
class AppointmentApiTest {

    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    @LocalServerPort
    int port;

    Http http;
    CaseWork hoogeveen;
    String appointments;
    JsonNode family;

    @BeforeEach
    void aFamilyToVisit() {
        http = new Http(port);
        hoogeveen = new CaseWork(http, "hoogeveen");
        appointments = hoogeveen.base() + "/appointments";
        family = hoogeveen.registerFamily(
                "Anna Planmeijer " + System.nanoTime(),
                52.72,
                6.47,
                Set.of("WEDNESDAY_AFTERNOON"),
                List.of(child("Fenna", LocalDate.now().minusYears(5))));
    }

    @Test
    void aVisitPlannedAheadIsThisWeeksAndDoingItRecordsTheIntake() {
        LocalDate tomorrow = today().plusDays(1);
        JsonNode planned = created(http.post(appointments, hoogeveen.coordinator(), plan(tomorrow, "10:30")));
        assertThat(planned.get("status").asString()).isEqualTo("PLANNED");
        assertThat(planned.get("firstName").asString()).isEqualTo("Anna");
        assertThat(planned.get("date").asString()).isEqualTo(tomorrow.toString());

        JsonNode week = ok(http.get(appointments, hoogeveen.coordinator()));
        assertThat(ids(week)).contains(planned.get("id").asString());

        // Not yet held: recording it on its own (future) day is refused, with the field named.
        Http.Response early = http.post(
                appointments + "/" + id(planned) + "/complete",
                hoogeveen.coordinator(),
                Http.json(Map.of("outcome", "SUITABLE")));
        assertThat(early.status()).as(early.body()).isEqualTo(400);
        assertThat(early.header("Content-Type")).contains("application/problem+json");
        assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("heldOn");

        JsonNode moved = ok(http.post(
                appointments + "/" + id(planned) + "/move",
                hoogeveen.coordinator(),
                Http.json(Map.of(
                        "date",
                        today().toString(),
                        "time",
                        "09:00",
                        "version",
                        planned.get("version").asLong()))));
        assertThat(moved.get("date").asString()).isEqualTo(today().toString());

        JsonNode done = ok(http.post(
                appointments + "/" + id(planned) + "/complete",
                hoogeveen.coordinator(),
                Http.json(Map.of("outcome", "SUITABLE", "wishes", "Woensdagmiddag"))));
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("doneOn").asString()).isEqualTo(today().toString());

        JsonNode file = ok(http.get(hoogeveen.base() + "/families/" + id(family), hoogeveen.coordinator()));
        assertThat(file.get("status").asString()).isEqualTo("INTAKE");
        assertThat(file.get("intakes")).hasSize(1);
        assertThat(file.get("intakes").get(0).get("visitDate").asString()).isEqualTo(today().toString());
        assertThat(ids(ok(http.get(appointments, hoogeveen.coordinator()))))
                .doesNotContain(planned.get("id").asString());

        Http.Response again = http.post(
                appointments + "/" + id(planned) + "/complete",
                hoogeveen.coordinator(),
                Http.json(Map.of("outcome", "SUITABLE")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("rule.appointment-not-planned");
    }

    @Test
    void aCancelledVisitLeavesTheWeekAndCannotBeDone() {
        JsonNode planned =
                created(http.post(appointments, hoogeveen.coordinator(), plan(today().plusDays(2), "14:00")));
        JsonNode cancelled = ok(http.post(
                appointments + "/" + id(planned) + "/cancel",
                hoogeveen.coordinator(),
                Http.json(Map.of("version", planned.get("version").asLong()))));
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(ids(ok(http.get(appointments, hoogeveen.coordinator()))))
                .doesNotContain(planned.get("id").asString());
        assertThat(http.post(
                                appointments + "/" + id(planned) + "/move",
                                hoogeveen.coordinator(),
                                Http.json(Map.of("date", today().toString(), "time", "09:00")))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void whatIsMissingOrInThePastIsNamedInProblemDetails() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "FAMILY_INTAKE");
        body.put("subjectId", id(family).toString());
        body.put("date", today().minusDays(1).toString());
        Http.Response refused = http.post(appointments, hoogeveen.coordinator(), Http.json(body));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("date", "time");

        Map<String, Object> unknown = new LinkedHashMap<>(body);
        unknown.put("date", today().toString());
        unknown.put("time", "10:00");
        unknown.put("subjectId", "00000000-0000-0000-0000-000000000001");
        assertThat(http.post(appointments, hoogeveen.coordinator(), Http.json(unknown))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void noOtherMunicipalityPolicyOfficerOrAnonymousCallerReadsOrChangesAVisit() {
        JsonNode planned =
                created(http.post(appointments, hoogeveen.coordinator(), plan(today().plusDays(3), "11:00")));
        String one = appointments + "/" + id(planned);
        List<String[]> calls = List.of(
                new String[] {"GET", appointments, null},
                new String[] {"GET", appointments + "?scope=ALL", null},
                new String[] {"POST", appointments, plan(today().plusDays(1), "10:00")},
                new String[] {"GET", one, null},
                new String[] {"POST", one + "/move", Http.json(Map.of("date", today().toString(), "time", "08:00"))},
                new String[] {"POST", one + "/cancel", Http.json(Map.of())},
                new String[] {"POST", one + "/complete", Http.json(Map.of("outcome", "SUITABLE"))});
        for (String[] call : calls) {
            assertThat(send(call, basic("coordinator.meppel")).status())
                    .as("other municipality: " + call[0] + " " + call[1])
                    .isEqualTo(404);
            assertThat(send(call, basic("policy.hoogeveen")).status())
                    .as("policy officer: " + call[0] + " " + call[1])
                    .isEqualTo(403);
            assertThat(send(call, null).status())
                    .as("anonymous: " + call[0] + " " + call[1])
                    .isEqualTo(401);
        }
        // Meppel's own list never shows Hoogeveen's visit, even with an id in Meppel's path.
        assertThat(http.get("/api/v1/municipalities/meppel/appointments/" + id(planned), basic("coordinator.meppel"))
                        .status())
                .isEqualTo(404);
        JsonNode unchanged = ok(http.get(one, hoogeveen.coordinator()));
        assertThat(unchanged.get("status").asString()).isEqualTo("PLANNED");
        assertThat(unchanged.get("version").asLong())
                .isEqualTo(planned.get("version").asLong());
        assertThat(Sql.count("select count(*) from t_hoogeveen.appointment where family_id = ?", id(family)))
                .isEqualTo(1);
    }

    @Test
    void readingAVisitIsInTheAccessLogOfItsFamily() {
        JsonNode planned =
                created(http.post(appointments, hoogeveen.coordinator(), plan(today().plusDays(1), "13:00")));
        int before = Sql.count(
                "select count(*) from t_hoogeveen.access_log where family_id = ? and action = 'READ'", id(family));
        ok(http.get(appointments + "/" + id(planned), hoogeveen.coordinator()));
        assertThat(Sql.count(
                        "select count(*) from t_hoogeveen.access_log where family_id = ? and action = 'READ'",
                        id(family)))
                .isGreaterThan(before);
    }

    private String plan(LocalDate date, String time) {
        return Http.json(Map.of(
                "kind",
                "FAMILY_INTAKE",
                "subjectId",
                id(family).toString(),
                "date",
                date.toString(),
                "time",
                time,
                "place",
                "Bij het gezin thuis"));
    }

    private Http.Response send(String[] call, String authorization) {
        HttpRequest.Builder request = http.request(call[1], authorization);
        if (call[2] != null) {
            request.header("Content-Type", "application/json")
                    .method(call[0], HttpRequest.BodyPublishers.ofString(call[2]));
        } else {
            request.method(call[0], HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(a -> ids.add(a.get("id").asString()));
        return ids;
    }

    private static LocalDate today() {
        return LocalDate.now(DUTCH);
    }
}
