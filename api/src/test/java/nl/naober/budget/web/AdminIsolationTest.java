package nl.naober.budget.web;

import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.naober.settings.web.AdminHttp;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Meppel's budgets, evaluation periods and settings, called with well-formed bodies: another network's admin gets
 * 404, a policy officer and the platform admin 403, Meppel's coordinator 403 except for reading the budget and
 * recording expenditures (201), another municipality's coordinator 403 or 404, an anonymous caller 401; nothing
 * changes.
 */
@NaoberIntegrationTest
class AdminIsolationTest {

    static final String MEPPEL = "/api/v1/admin/municipalities/meppel";
    static final String ADMIN = basic("admin.buurtgezinnen");

    @LocalServerPort
    int port;

    Http http;
    JsonNode line;
    JsonNode period;
    JsonNode settings;

    record Call(String method, String path, String body, boolean coordinatorMay) {}

    @BeforeEach
    void meppelsRecords() {
        http = new Http(port);
        line = created(http.post(MEPPEL + "/budget-lines", ADMIN, BudgetApiTest.ruimEenTon()));
        period = created(http.post(
                MEPPEL + "/evaluation-periods",
                ADMIN,
                Http.json(Map.of(
                        "name", "Afgeschermd " + System.nanoTime(),
                        "start", "2023-03-01",
                        "end", "2025-06-30",
                        "evaluationDate", "2025-09-01"))));
        settings = ok(http.get(MEPPEL + "/settings", ADMIN));
    }

    @Test
    void everyAdminEndpointRefusesOtherNetworksOtherRolesAndAnonymousCallers() {
        String snapshot = snapshot();
        for (Call call : calls()) {
            assertThat(send(call, "admin.steunoudernl").status())
                    .as("other network: " + call)
                    .isEqualTo(404);
            assertThat(send(call, "policy.meppel").status())
                    .as("policy officer: " + call)
                    .isEqualTo(403);
            assertThat(send(call, "admin.platform").status())
                    .as("platform admin: " + call)
                    .isEqualTo(403);
            assertThat(AdminHttp.send(http, call.method(), call.path(), null, call.body())
                            .status())
                    .as("anonymous: " + call)
                    .isEqualTo(401);
            if (!call.coordinatorMay()) {
                assertThat(send(call, "coordinator.meppel").status())
                        .as("coordinator: " + call)
                        .isEqualTo(403);
                assertThat(send(call, "coordinator.hoogeveen").status())
                        .as("other coordinator: " + call)
                        .isEqualTo(403);
            } else if (!call.path().startsWith("/api/v1/admin/networks")) {
                assertThat(send(call, "coordinator.hoogeveen").status())
                        .as("other municipality's coordinator: " + call)
                        .isEqualTo(404);
            }
        }
        assertThat(snapshot()).isEqualTo(snapshot);
    }

    @Test
    void meppelsCoordinatorRecordsExpendituresAndReadsTheBudget() {
        String path = MEPPEL + "/budget-lines/" + line.get("id").asString();
        created(http.post(
                path + "/expenditures",
                basic("coordinator.meppel"),
                BudgetApiTest.expenditure("2024-01-10", "125.50", "ACTIVITIES")));
        ok(http.get(path + "/summary", basic("coordinator.meppel")));
        ok(http.get(path, basic("coordinator.meppel")));
        ok(http.get(MEPPEL + "/budget-lines", basic("coordinator.meppel")));
    }

    private Http.Response send(Call call, String user) {
        return AdminHttp.send(http, call.method(), call.path(), basic(user), call.body());
    }

    private String snapshot() {
        String l = MEPPEL + "/budget-lines/" + line.get("id").asString();
        return ok(http.get(l, ADMIN)).toString()
                + ok(http.get(l + "/expenditures", ADMIN)).toString()
                + ok(http.get(MEPPEL + "/evaluation-periods/" + period.get("id").asString(), ADMIN))
                + ok(http.get(MEPPEL + "/settings", ADMIN))
                + ok(http.get("/api/v1/admin/networks/buurtgezinnen/settings", ADMIN));
    }

    private List<Call> calls() {
        String l = MEPPEL + "/budget-lines/" + line.get("id").asString();
        String p = MEPPEL + "/evaluation-periods/" + period.get("id").asString();
        Map<String, Object> lineUpdate = BudgetApiTest.line(line.get("name").asString(), "110000.00", Map.of());
        lineUpdate.put("version", line.get("version").asLong());
        Map<String, Object> periodUpdate = Map.of(
                "name", period.get("name").asString(),
                "start", "2023-03-01",
                "end", "2025-06-30",
                "evaluationDate", "2025-10-01",
                "version", period.get("version").asLong());
        String settingsUpdate = Http.json(Map.of("values", Map.of("trialLengthWeeks", 5)));
        return List.of(
                new Call("POST", MEPPEL + "/budget-lines", BudgetApiTest.ruimEenTon(), false),
                new Call("GET", MEPPEL + "/budget-lines", null, true),
                new Call("GET", l, null, true),
                new Call("PUT", l, Http.json(lineUpdate), false),
                new Call(
                        "POST",
                        l + "/expenditures",
                        BudgetApiTest.expenditure("2024-01-10", "10.00", "OVERHEAD"),
                        true),
                new Call("GET", l + "/expenditures", null, true),
                new Call("GET", l + "/summary", null, true),
                new Call(
                        "POST",
                        MEPPEL + "/evaluation-periods",
                        Http.json(Map.of(
                                "name", "Nieuw " + System.nanoTime(),
                                "start", "2023-03-01",
                                "end", "2025-06-30",
                                "evaluationDate", "2025-09-01")),
                        false),
                new Call("GET", MEPPEL + "/evaluation-periods", null, false),
                new Call("GET", p, null, false),
                new Call("PUT", p, Http.json(periodUpdate), false),
                new Call("POST", p + "/close", null, false),
                new Call("GET", MEPPEL + "/settings", null, false),
                new Call("PUT", MEPPEL + "/settings", settingsUpdate, false),
                new Call("GET", "/api/v1/admin/networks/buurtgezinnen/settings", null, false),
                new Call("PUT", "/api/v1/admin/networks/buurtgezinnen/settings", settingsUpdate, false));
    }
}
