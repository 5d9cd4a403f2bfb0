package nl.naober.budget.web;

import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.naober.settings.web.AdminHttp;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Budget lines, expenditures by the network admin and by a coordinator, and the summary to the cent. */
@NaoberIntegrationTest
class BudgetApiTest {

    static final String LINES = "/api/v1/admin/municipalities/meppel/budget-lines";
    static final String ADMIN = basic("admin.buurtgezinnen");
    static final String COORDINATOR = basic("coordinator.meppel");

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static Map<String, Object> line(String name, String amount, Map<String, String> categories) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("name", name);
        line.put("periodStart", "2023-07-01");
        line.put("periodEnd", "2025-06-30");
        line.put("amount", new BigDecimal(amount));
        line.put("categories", categories);
        return line;
    }

    static String ruimEenTon() {
        return Http.json(line(
                "Begroting Meppel " + System.nanoTime(),
                "110000.00",
                Map.of(
                        "COORDINATION", "60000.00",
                        "VOLUNTEER_ALLOWANCES", "30000.00",
                        "ACTIVITIES", "10000.00",
                        "OVERHEAD", "10000.00")));
    }

    static String expenditure(String date, String amount, String category) {
        return Http.json(
                Map.of("date", date, "amount", new BigDecimal(amount), "category", category, "description", "Uren"));
    }

    static BigDecimal money(JsonNode node, String field) {
        return new BigDecimal(node.get(field).asString());
    }

    @Test
    void aLineWithExpenditureByAdminAndCoordinatorSummarisedToTheCent() {
        Http.Response response = http.post(LINES, ADMIN, ruimEenTon());
        JsonNode line = created(response);
        assertThat(response.header("Location"))
                .endsWith(LINES + "/" + line.get("id").asString());
        assertThat(money(line, "amount")).isEqualByComparingTo("110000.00");
        String path = LINES + "/" + line.get("id").asString();

        JsonNode byAdmin = created(
                http.post(path + "/expenditures", ADMIN, expenditure("2023-08-15", "30000.00", "COORDINATION")));
        assertThat(byAdmin.get("recordedBy").asString()).isEqualTo("admin.buurtgezinnen");
        JsonNode byCoordinator = created(http.post(
                path + "/expenditures", COORDINATOR, expenditure("2024-03-01", "20000.00", "VOLUNTEER_ALLOWANCES")));
        assertThat(byCoordinator.get("recordedBy").asString()).isEqualTo("coordinator.meppel");

        JsonNode summary = ok(http.get(path + "/summary?asOf=2024-06-30", COORDINATOR));
        assertThat(summary.get("elapsedDays").asLong()).isEqualTo(366);
        assertThat(money(summary, "spent")).isEqualByComparingTo("50000.00");
        assertThat(money(summary, "remaining")).isEqualByComparingTo("60000.00");
        assertThat(money(summary, "burnRatePerMonth")).isEqualByComparingTo("4166.67");
        assertThat(money(summary, "forecastAtPeriodEnd")).isEqualByComparingTo("100000.00");
        assertThat(summary.get("overBudget").asBoolean()).isFalse();
        JsonNode coordination = category(summary, "COORDINATION");
        assertThat(money(coordination, "allocated")).isEqualByComparingTo("60000.00");
        assertThat(money(coordination, "spent")).isEqualByComparingTo("30000.00");
        assertThat(money(coordination, "remaining")).isEqualByComparingTo("30000.00");
        // 12 calendar months of 24 elapsed: 30,000.00 / 12 = 2,500.00; × 24 / 12 = 60,000.00
        assertThat(money(coordination, "burnRatePerMonth")).isEqualByComparingTo("2500.00");
        assertThat(money(coordination, "forecastAtPeriodEnd")).isEqualByComparingTo("60000.00");

        JsonNode early = ok(http.get(path + "/summary?asOf=2023-08-01", ADMIN));
        assertThat(money(early, "spent")).isEqualByComparingTo("0.00");
        assertThat(money(early, "remaining")).isEqualByComparingTo("110000.00");
        assertThat(money(early, "burnRatePerMonth")).isEqualByComparingTo("0.00");

        created(http.post(path + "/expenditures", ADMIN, expenditure("2024-06-01", "70000.00", "ACTIVITIES")));
        JsonNode overspent = ok(http.get(path + "/summary?asOf=2024-06-30", ADMIN));
        assertThat(money(overspent, "remaining")).isEqualByComparingTo("-10000.00");
        assertThat(overspent.get("overBudget").asBoolean()).isTrue();
        assertThat(category(overspent, "ACTIVITIES").get("overBudget").asBoolean())
                .isTrue();

        JsonNode expenditures = ok(http.get(path + "/expenditures", COORDINATOR));
        assertThat(expenditures.get("totalElements").asLong()).isEqualTo(3);
        assertThat(ok(http.get(path + "/summary", ADMIN)).get("asOf").asString())
                .isNotBlank();
    }

    @Test
    void rulesAndValidation() {
        Http.Response exceeds = http.post(
                LINES,
                ADMIN,
                Http.json(line(
                        "Te veel " + System.nanoTime(),
                        "1000.00",
                        Map.of("COORDINATION", "600.00", "OVERHEAD", "400.01"))));
        assertThat(exceeds.status()).as(exceeds.body()).isEqualTo(409);
        assertThat(exceeds.json().get("rules").get(0).get("rule").asString())
                .isEqualTo("rule.budget-categories-exceed-amount");
        assertThat(exceeds.json().get("rules").get(0).get("message").asString()).contains("categorie");

        assertThat(http.post(LINES, ADMIN, Http.json(line("Nul " + System.nanoTime(), "0.00", Map.of())))
                        .status())
                .isEqualTo(400);
        assertThat(http.post(LINES, ADMIN, Http.json(line("Centen " + System.nanoTime(), "10.001", Map.of())))
                        .status())
                .isEqualTo(400);

        JsonNode line = created(http.post(LINES, ADMIN, ruimEenTon()));
        String path = LINES + "/" + line.get("id").asString();
        Http.Response outside =
                http.post(path + "/expenditures", COORDINATOR, expenditure("2025-07-01", "10.00", "OVERHEAD"));
        assertThat(outside.status()).isEqualTo(409);
        assertThat(outside.json().get("rules").get(0).get("rule").asString())
                .isEqualTo("rule.budget-expenditure-outside-period");
        Http.Response zero =
                http.post(path + "/expenditures", COORDINATOR, expenditure("2024-07-01", "0.00", "OVERHEAD"));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body()).contains("niet 0");

        Map<String, Object> update = line(line.get("name").asString() + " herzien", "120000.00", Map.of());
        update.put("version", line.get("version").asLong());
        JsonNode changed = ok(AdminHttp.put(http, path, ADMIN, Http.json(update)));
        assertThat(money(changed, "amount")).isEqualByComparingTo("120000.00");
        assertThat(AdminHttp.put(http, path, ADMIN, Http.json(update)).status())
                .as("stale version")
                .isEqualTo(409);
        assertThat(http.get(LINES + "/00000000-0000-0000-0000-000000000000", ADMIN)
                        .status())
                .isEqualTo(404);
    }

    static String creditNote(String date, String amount, String category, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", date);
        body.put("amount", new BigDecimal(amount));
        body.put("category", category);
        body.put("description", description);
        return Http.json(body);
    }

    @Test
    void aCreditNoteLowersSpentAndRemainingFollowsButNeverBelowZeroInItsCategory() {
        JsonNode line = created(http.post(LINES, ADMIN, ruimEenTon()));
        String path = LINES + "/" + line.get("id").asString();
        created(http.post(path + "/expenditures", ADMIN, expenditure("2024-01-10", "1000.00", "ACTIVITIES")));

        JsonNode credit = created(http.post(
                path + "/expenditures",
                COORDINATOR,
                creditNote("2024-02-01", "-86.40", "ACTIVITIES", "Creditnota uitje dierentuin")));
        assertThat(money(credit, "amount")).isEqualByComparingTo("-86.40");
        assertThat(credit.get("creditNote").asBoolean()).isTrue();

        JsonNode summary = ok(http.get(path + "/summary?asOf=2024-06-30", COORDINATOR));
        // 1,000.00 - 86.40 = 913.60; 110,000.00 - 913.60 = 109,086.40
        assertThat(money(summary, "spent")).isEqualByComparingTo("913.60");
        assertThat(money(summary, "remaining")).isEqualByComparingTo("109086.40");
        assertThat(money(category(summary, "ACTIVITIES"), "spent")).isEqualByComparingTo("913.60");
        JsonNode listed = ok(http.get(path + "/expenditures", COORDINATOR)).get("content");
        assertThat(listed.findValuesAsString("amount")).contains("-86.4");

        Http.Response blank =
                http.post(path + "/expenditures", COORDINATOR, creditNote("2024-02-02", "-10.00", "ACTIVITIES", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("description");
        assertThat(blank.json().get("errors").get(0).get("message").asString()).contains("creditnota");

        Http.Response tooMuch = http.post(
                path + "/expenditures", COORDINATOR, creditNote("2024-03-01", "-913.61", "ACTIVITIES", "Te veel"));
        assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(409);
        assertThat(tooMuch.json().get("rules").get(0).get("rule").asString())
                .isEqualTo("rule.budget-credit-note-below-zero");
        assertThat(tooMuch.json().get("rules").get(0).get("message").asString()).contains("onder nul");
        assertThat(tooMuch.json().get("belowZeroOn").asString()).isEqualTo("2024-03-01");
        assertThat(http.post(
                                path + "/expenditures",
                                COORDINATOR,
                                creditNote("2024-03-01", "-5.00", "OVERHEAD", "Nothing spent on overhead"))
                        .status())
                .as("another category has nothing to credit")
                .isEqualTo(409);
        assertThat(http.post(
                                path + "/expenditures",
                                COORDINATOR,
                                creditNote("2024-01-09", "-5.00", "ACTIVITIES", "Before the money was spent"))
                        .status())
                .as("as of its own date")
                .isEqualTo(409);

        created(http.post(
                path + "/expenditures", COORDINATOR, creditNote("2024-03-01", "-913.60", "ACTIVITIES", "Alles terug")));
        assertThat(money(ok(http.get(path + "/summary?asOf=2024-06-30", COORDINATOR)), "spent"))
                .isEqualByComparingTo("0.00");
        Http.Response later = http.post(
                path + "/expenditures", COORDINATOR, creditNote("2024-02-15", "-0.01", "ACTIVITIES", "Back-dated"));
        assertThat(later.status())
                .as("a back-dated credit note that leaves a later date below zero")
                .isEqualTo(409);
        assertThat(later.json().get("belowZeroOn").asString()).isEqualTo("2024-03-01");
    }

    private static JsonNode category(JsonNode summary, String category) {
        for (JsonNode node : summary.get("categories")) {
            if (node.get("category").asString().equals(category)) {
                return node;
            }
        }
        throw new AssertionError("no category " + category);
    }
}
