package nl.naober.monitoring.evaluation;

import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.naober.settings.web.AdminHttp;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Evaluation periods: create, validation with clear messages, edit, close, no edit after closing. */
@NaoberIntegrationTest
class EvaluationPeriodApiTest {

    static final String PERIODS = "/api/v1/admin/municipalities/midden-drenthe/evaluation-periods";
    static final String ADMIN = basic("admin.steunoudernl");

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static Map<String, Object> period(String name, String start, String end, String evaluationDate) {
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("name", name);
        period.put("start", start);
        period.put("end", end);
        period.put("evaluationDate", evaluationDate);
        return period;
    }

    @Test
    void createEditCloseAndNoEditAfterClosing() {
        String name = "Pilot Midden-Drenthe " + System.nanoTime();
        Http.Response response =
                http.post(PERIODS, ADMIN, Http.json(period(name, "2023-03-01", "2025-06-30", "2025-09-01")));
        JsonNode period = created(response);
        String path = PERIODS + "/" + period.get("id").asString();
        assertThat(response.header("Location")).endsWith(path);
        assertThat(period.get("closed").asBoolean()).isFalse();
        assertThat(period.get("figuresFrozen").asBoolean()).isFalse();

        Map<String, Object> update = period(name, "2023-03-01", "2025-06-30", "2025-06-30");
        update.put("version", period.get("version").asLong());
        JsonNode changed = ok(AdminHttp.put(http, path, ADMIN, Http.json(update)));
        assertThat(changed.get("evaluationDate").asString()).isEqualTo("2025-06-30");
        assertThat(AdminHttp.put(http, path, ADMIN, Http.json(update)).status())
                .as("stale version")
                .isEqualTo(409);

        JsonNode closed = ok(http.post(path + "/close", ADMIN, ""));
        assertThat(closed.get("closed").asBoolean()).isTrue();
        assertThat(closed.get("closedBy").asString()).isEqualTo("admin.steunoudernl");
        assertThat(closed.get("closedAt").asString()).isNotBlank();

        update.put("version", closed.get("version").asLong());
        Http.Response afterClose = AdminHttp.put(http, path, ADMIN, Http.json(update));
        assertThat(afterClose.status()).isEqualTo(409);
        assertThat(rules(afterClose)).containsExactly("rule.evaluation-period-closed");
        assertThat(http.post(path + "/close", ADMIN, "").status()).isEqualTo(409);

        JsonNode list = ok(http.get(PERIODS + "?size=100", ADMIN));
        assertThat(list.get("totalElements").asLong()).isPositive();
        assertThat(ok(http.get(path, ADMIN)).get("closed").asBoolean()).isTrue();
    }

    @Test
    void datesInTheWrongOrderAreRefusedWithClearMessages() {
        Http.Response endBeforeStart = http.post(
                PERIODS,
                ADMIN,
                Http.json(period("Omgekeerd " + System.nanoTime(), "2025-06-30", "2023-03-01", "2023-02-01")));
        assertThat(endBeforeStart.status()).isEqualTo(409);
        assertThat(rules(endBeforeStart))
                .containsExactly("rule.evaluation-period-end-before-start", "rule.evaluation-date-before-end");
        assertThat(endBeforeStart.json().get("rules").get(0).get("message").asString())
                .isEqualTo("De einddatum van de evaluatieperiode ligt vóór de begindatum.");

        Http.Response early = http.send(http.request(PERIODS, ADMIN)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        Http.json(period("Te vroeg " + System.nanoTime(), "2023-03-01", "2025-06-30", "2025-06-29")))));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("rules").get(0).get("message").asString())
                .isEqualTo("The evaluation date may not lie before the end of the period.");

        Http.Response missing = http.post(PERIODS, ADMIN, Http.json(Map.of("name", " ", "start", "2023-03-01")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(values(missing.json().get("errors"), "field")).contains("name", "end", "evaluationDate");
        assertThat(http.get(PERIODS + "/00000000-0000-0000-0000-000000000000", ADMIN)
                        .status())
                .isEqualTo(404);
    }

    private static List<String> rules(Http.Response response) {
        return values(response.json().get("rules"), "rule");
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asString()));
        return values;
    }
}
