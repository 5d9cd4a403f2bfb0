package nl.naober.monitoring.web;

import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.account.LocalAccounts;
import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import nl.naober.monitoring.MonitoringTables;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.municipality.NewMunicipality;
import nl.naober.support.CbsCodes;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.tenancy.Tenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A two-year pilot (2024–2025) of 30 families, 20 support families and 18 matches, with a budget of € 100.000,00
 * whose expenditures include a credit note, in a municipality of its own. Every figure below is computed by hand in
 * this source (the arithmetic in the comments) and compared with what the REST API reports; the side-by-side table
 * is printed and written to {@code target/issue16-figures.md} (copied into {@code docs/running-programme/figures.md}).
 *
 * <p>A month is a calendar month: a span's share of a month is the days of the span in that month divided by the
 * days of that month. Nothing is rounded before it is divided; what is shown is rounded half-up.
 */
@NaoberIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PilotFiguresTest {

    static final String ADMIN = basic("admin.buurtgezinnen");

    /**
     * The 18 matches: trial start, ended on (support up to but not including it; null: still running on 2025-12-31),
     * day-parts a week. The days and the calendar months each delivers, by hand:
     *
     * <pre>
     *  #  start       ended       days dp  calendar months
     *  0  2024-02-05  2024-04-18   73  2   25/29 + 31/31 + 17/30        = 2113/870
     *  1  2024-02-19  2024-05-10   81  2   11/29 + 1 + 1 + 9/31         = 2400/899
     *  2  2024-03-04  2024-03-24   20  2   20/31
     *  3  2024-03-18  2024-06-16   90  2   14/31 + 1 + 1 + 15/30        = 183/62
     *  4  2024-04-08  2024-06-24   77  2   23/30 + 1 + 23/30            = 38/15
     *  5  2024-05-13  2024-07-03   51  2   19/31 + 1 + 2/31             = 52/31
     *  6  2024-06-03  2024-08-25   83  1   28/30 + 1 + 24/31            = 1259/465
     *  7  2024-07-01  2024-09-16   77  1   1 + 1 + 15/30                = 5/2
     *  8  2024-09-02  2024-11-08   67  1   29/30 + 1 + 7/30             = 11/5
     *  9  2024-10-07  2024-12-21   75  1   25/31 + 1 + 20/31            = 76/31
     * 10  2025-01-13  2025-03-17   63  1   19/31 + 1 + 16/31            = 66/31
     * 11  2025-03-03  2025-05-10   68  1   29/31 + 1 + 9/31             = 69/31
     * 12  2025-04-14  2025-06-29   76  1   17/30 + 1 + 28/30            = 5/2
     * 13  2025-06-02  2025-08-02   61  1   29/30 + 1 + 1/31             = 1859/930
     * 14  2025-08-04  2025-10-04   61  1   28/31 + 1 + 3/31             = 2
     * 15  2025-09-15  2025-11-28   74  1   16/30 + 1 + 27/30            = 73/30
     * 16  2025-10-20  (running)    73  1   12/31 + 1 + 1                = 74/31
     * 17  2025-11-10  (running)    52  1   21/30 + 1                    = 17/10
     *                             1222      sum = 216511/5394 = 40.13922877...
     * day-part days: 2 × (73+81+20+90+77+51) + (83+77+67+75+63+68+76+61+61+74+73+52) = 784 + 830 = 1614
     * </pre>
     */
    static final String[][] MATCHES = {
        {"2024-02-05", "2024-04-18", "2"}, {"2024-02-19", "2024-05-10", "2"}, {"2024-03-04", "2024-03-24", "2"},
        {"2024-03-18", "2024-06-16", "2"}, {"2024-04-08", "2024-06-24", "2"}, {"2024-05-13", "2024-07-03", "2"},
        {"2024-06-03", "2024-08-25", "1"}, {"2024-07-01", "2024-09-16", "1"}, {"2024-09-02", "2024-11-08", "1"},
        {"2024-10-07", "2024-12-21", "1"}, {"2025-01-13", "2025-03-17", "1"}, {"2025-03-03", "2025-05-10", "1"},
        {"2025-04-14", "2025-06-29", "1"}, {"2025-06-02", "2025-08-02", "1"}, {"2025-08-04", "2025-10-04", "1"},
        {"2025-09-15", "2025-11-28", "1"}, {"2025-10-20", null, "1"}, {"2025-11-10", null, "1"}
    };

    /**
     * The expenditures, one of them a credit note. Spent as of 2025-03-15: 6,000.00 + 500.00 − 86.40 + 6,000.00 +
     * 1,839.00 = 14,252.60; as of 2025-12-31: 14,252.60 + 6,000.00 + 6,000.00 + 1,800.00 = 28,052.60.
     */
    static final String[][] EXPENDITURES = {
        {"2024-03-31", "6000.00", "COORDINATION", "Coördinatie eerste kwartaal"},
        {"2024-06-15", "500.00", "ACTIVITIES", "Uitje steungezinnen"},
        {"2024-07-01", "-86.40", "ACTIVITIES", "Creditnota uitje: twee kaartjes terug"},
        {"2024-09-30", "6000.00", "COORDINATION", "Coördinatie tweede en derde kwartaal"},
        {"2024-12-31", "1839.00", "VOLUNTEER_ALLOWANCES", "Vrijwilligersvergoedingen 2024"},
        {"2025-03-31", "6000.00", "COORDINATION", "Coördinatie"},
        {"2025-06-30", "6000.00", "COORDINATION", "Coördinatie"},
        {"2025-12-31", "1800.00", "VOLUNTEER_ALLOWANCES", "Vrijwilligersvergoedingen 2025"}
    };

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityProvisioning provisioning;

    @Autowired
    LocalAccounts accounts;

    String code;
    String line;
    Http http;
    final List<String[]> table = new ArrayList<>();

    @BeforeAll
    void provisionAndSeed() {
        http = new Http(port);
        code = "pilot16-" + Long.toString(System.nanoTime(), 36);
        provisioning.provision(new NewMunicipality(code, "Pilot " + code, CbsCodes.free(), "buurtgezinnen"));
        accounts.createWithHash(
                CurrentUser.of("coordinator." + code, Role.COORDINATOR, code), accounts.hash(Http.DEMO_PASSWORD));
        MonitoringSeed db = new MonitoringSeed(Tenant.of(code).schema());
        List<UUID> supportFamilies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            supportFamilies.add(db.supportFamily(LocalDate.of(2024, 1, 2 + i).toString(), "AVAILABLE", 2, null));
        }
        for (int i = 0; i < MATCHES.length; i++) {
            LocalDate start = LocalDate.parse(MATCHES[i][0]);
            String ended = MATCHES[i][1];
            String registered = start.minusDays(30).toString();
            UUID family =
                    db.family(registered, "SELF_REGISTRATION", "POVERTY", ended == null ? "MATCHED" : "CLOSED", null);
            db.intake(family, start.minusDays(20).toString());
            db.match(
                    family,
                    supportFamilies.get(i % 20),
                    ended == null ? "ACTIVE" : "ENDED",
                    1,
                    "2".equals(MATCHES[i][2]) ? "MONDAY_MORNING,WEDNESDAY_AFTERNOON" : "MONDAY_MORNING",
                    start.minusDays(7).toString(),
                    start.toString(),
                    null,
                    ended,
                    ended == null ? null : "GOAL_REACHED");
        }
        for (int i = 0; i < 12; i++) { // 12 families not matched: waiting, withdrawn or still at intake
            String status = i < 6 ? "WAITING" : i < 9 ? "WITHDRAWN" : "INTAKE";
            db.family(LocalDate.of(2025, 1 + i, 5).toString(), "SELF_REGISTRATION", "POVERTY", status, null);
        }
        String lines = "/api/v1/admin/municipalities/" + code + "/budget-lines";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Pilot 2024-2025");
        body.put("periodStart", "2024-01-01");
        body.put("periodEnd", "2025-12-31");
        body.put("amount", new BigDecimal("100000.00"));
        line = lines + "/"
                + created(http.post(lines, ADMIN, Http.json(body))).get("id").asString();
        for (String[] e : EXPENDITURES) {
            Map<String, Object> expenditure = new LinkedHashMap<>();
            expenditure.put("date", e[0]);
            expenditure.put("amount", new BigDecimal(e[1]));
            expenditure.put("category", e[2]);
            expenditure.put("description", e[3]);
            created(http.post(line + "/expenditures", ADMIN, Http.json(expenditure)));
        }
    }

    @Test
    void theBudgetSummaryMidwayIsTheHandComputedOne() {
        JsonNode summary = ok(http.get(line + "/summary?asOf=2025-03-15", ADMIN));
        compare("Uitgegeven op 15-03-2025", "14252.60", money(summary.get("spent")));
        // 100,000.00 − 14,252.60
        compare("Resterend op 15-03-2025", "85747.40", money(summary.get("remaining")));
        // elapsed: January 2024 up to February 2025 = 14 months, plus 15/31 of March = 449/31 months;
        // 14,252.60 / (449/31) = 14,252.60 × 31 / 449 = 984.0296... (per elapsed day it was 985.91)
        compare("Uitgaven per maand (burn rate)", "984.03", money(summary.get("burnRatePerMonth")));
        // 24 months in all, 295/31 to go: 14,252.60 + 984.0296... × 295/31 = 14,252.60 × 744 / 449 = 23,616.7804...
        compare("Verwacht aan het eind", "23616.78", money(summary.get("forecastAtPeriodEnd")));
    }

    @Test
    void theMonitoringOfThePilotIsTheHandComputedOne() {
        JsonNode report =
                ok(http.get("/api/v1/municipalities/" + code + "/monitoring?from=2024-01-01&to=2025-12-31", ADMIN));
        JsonNode budget = table(report, MonitoringTables.BUDGET);
        compare("Toegekend budget", "100000.00", euros(budget, "Toegekend budget"));
        // the credit note counts: 28,052.60 (see EXPENDITURES)
        compare("Uitgegeven", "28052.60", euros(budget, "Uitgegeven"));
        compare("Resterend", "71947.40", euros(budget, "Resterend"));
        // as of the period's end every month has elapsed: the forecast is what was spent
        compare("Verwacht aan het eind", "28052.60", euros(budget, "Verwacht aan het eind van de budgetperiode"));
        // 28,052.60 / 18 started = 1,558.4777...
        compare("Kosten per gestarte koppeling", "1558.48", euros(budget, "Kosten per gestarte koppeling"));
        // 28,052.60 / (216511/5394) = 28,052.60 × 5394 / 216,511 = 698.8823...;
        // divided by the match-months rounded to 40.1 first it was 699.57
        compare("Kosten per koppelingsmaand", "698.88", euros(budget, "Kosten per koppelingsmaand"));
        // 1614 day-part days / 7 = 230.5714... day-parts; 28,052.60 / (1614/7) = 28,052.60 × 7 / 1614 = 121.6655...;
        // divided by the day-parts rounded to 230.6 first it was 121.65
        compare("Kosten per geleverd dagdeel", "121.67", euros(budget, "Kosten per geleverd dagdeel"));
        JsonNode dayParts = table(report, MonitoringTables.DAY_PARTS);
        compare("Dagdelen in de periode", "230,57", text(dayParts, "Dagdelen in de periode"));
        // 1614 / 731 days of the period × 7 / 7 = 2.2079...
        compare("Dagdelen per week", "2,21", text(dayParts, "Dagdelen per week"));
        compare("Koppelingsmaanden", "40,14", text(dayParts, "Koppelingsmaanden"));
    }

    @AfterAll
    void printTheTable() {
        StringBuilder md = new StringBuilder("| Figure | By hand | REST |\n|---|---:|---:|\n");
        table.forEach(row -> md.append("| ").append(String.join(" | ", row)).append(" |\n"));
        System.out.println("Pilot figures, by hand and through REST:\n" + md);
        try {
            Files.writeString(Path.of("target", "issue16-figures.md"), md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void compare(String figure, String byHand, String rest) {
        table.add(new String[] {figure, byHand, rest});
        assertThat(rest).as(figure).isEqualTo(byHand);
    }

    private static JsonNode table(JsonNode report, String key) {
        for (JsonNode table : report.get("tables")) {
            if (table.get("key").asString().equals(key)) {
                return table;
            }
        }
        throw new AssertionError("no table " + key);
    }

    private static JsonNode cell(JsonNode table, String label) {
        for (JsonNode row : table.get("rows")) {
            if (row.get("label").asString().equals(label)) {
                return row.get("cells").get(0);
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static String euros(JsonNode table, String label) {
        return money(cell(table, label).get("euros"));
    }

    private static String money(JsonNode value) {
        return new BigDecimal(value.asString()).setScale(2).toPlainString();
    }

    private static String text(JsonNode table, String label) {
        return cell(table, label).get("text").asString();
    }
}
