package nl.naober.web;

import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.support.Browser;
import nl.naober.support.CaseWork;
import nl.naober.support.CbsCodes;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, outcome and budget, over HTTP: Dutch amounts on the admin forms (budget line, expenditure, settings),
 * expenditures on the budget tab and who may record them, and the outcome measure on the intake form.
 */
@NaoberIntegrationTest
class OutcomeAndBudgetScreensTest {

    private static final Pattern LINE_OPTION = Pattern.compile("<option value=\"([0-9a-f-]{36})\"[^>]*>Begroting ");

    @LocalServerPort
    int port;

    private Browser admin;
    private String suffix;

    @BeforeEach
    void setUp() {
        admin = Browser.loggedIn(port, "admin.buurtgezinnen");
        suffix = UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
    }

    @Test
    void aBudgetLineInDutchNotationIsStoredAsANumberAndShownTheDutchWay() {
        String code = onboard();
        HttpResponse<String> added = addLine(code, "Begroting " + suffix, "€ 85.000");
        assertThat(added.body()).contains("De begrotingsregel is toegevoegd.").contains("€\u00a085.000,00");
        assertThat(amountOf(code, "Begroting " + suffix)).isEqualTo("85000.00");

        addLine(code, "Engels " + suffix, "1250.50");
        assertThat(amountOf(code, "Engels " + suffix)).isEqualTo("1250.50");
    }

    @Test
    void anAmbiguousOrMalformedAmountIsRefusedWithAnExampleAndKeptAsTyped() {
        String code = onboard();
        for (String typed : List.of("85,000", "85.00.0", "veel", "85,000.00")) {
            HttpResponse<String> refused = addLine(code, "Fout " + suffix, typed);
            assertThat(refused.body())
                    .as(typed)
                    .contains("Vul een bedrag in zoals 85.000,00.")
                    .contains("href=\"#budget-amount\"")
                    .contains("value=\"" + typed + "\"")
                    .doesNotContain("met een punt");
        }
        assertThat(Sql.count("SELECT count(*) FROM platform.budget_line WHERE municipality_code = ?", code))
                .isZero();
    }

    @Test
    void theCostAssumptionsInTheSettingsTakeDutchNotationToo() {
        String code = onboard();
        HttpResponse<String> detail = admin.get("/beheer/gemeenten/" + code);
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(detail.body());
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(
                Map.entry("youthCareCostPerYear", "€ 12.500,00"),
                Map.entry("placementCostPerYear", "95.000"),
                Map.entry("avoidedPlacementPercentage", "12,5")));
        if (version.find()) {
            fields.add(Map.entry("version", version.group(1)));
        }
        HttpResponse<String> changed = admin.post("/beheer/gemeenten/" + code + "/instellingen", fields);
        assertThat(changed.body())
                .contains("€\u00a012.500,00")
                .contains("€\u00a095.000,00")
                .contains("12,5");
        assertThat(changed.body())
                .as("the form shows the values back the Dutch way")
                .contains("value=\"12.500,00\"")
                .contains("value=\"12,5\"");

        HttpResponse<String> refused = admin.post(
                "/beheer/gemeenten/" + code + "/instellingen",
                List.of(Map.entry("avoidedPlacementPercentage", "12,5,0")));
        assertThat(refused.body()).contains("Vul een percentage in zoals 12,5.").contains("value=\"12,5,0\"");
    }

    @Test
    void anExpenditureIsRecordedOnTheBudgetTabWithItsCategoryListedAndTotalled() {
        String code = onboard();
        addLine(code, "Begroting " + suffix, "50.000,00");
        String line = lineId(code);

        HttpResponse<String> recorded = addExpenditure(code, line, "2026-02-01", "COORDINATION", "2.500,00", "Uren");
        assertThat(recorded.body()).contains("De uitgave is vastgelegd.");
        addExpenditure(code, line, "2026-02-15", "COORDINATION", "500", "Uren half februari");
        addExpenditure(code, line, "2026-03-01", "ACTIVITIES", "125,50", "Uitje");

        String page = admin.get("/beheer/gemeenten/" + code).body();
        String tab = page.substring(page.indexOf("id=\"uitgaven\""));
        assertThat(tab)
                .contains("Uren half februari")
                .contains("1-2-2026")
                .contains("Coördinatie")
                .contains("€\u00a03.000,00") // coordination's total
                .contains("€\u00a0125,50")
                .contains("€\u00a03.125,50"); // the line's total
        assertThat(Sql.strings(
                        "SELECT e.amount::text FROM platform.budget_expenditure e JOIN platform.budget_line l"
                                + " ON l.id = e.budget_line_id WHERE l.municipality_code = ? ORDER BY e.spent_on",
                        code))
                .containsExactly("2500.00", "500.00", "125.50");
    }

    @Test
    void anExpenditureWithErrorsSaysWhatIsWrongInDutchAndKeepsWhatWasTyped() {
        String code = onboard();
        addLine(code, "Begroting " + suffix, "50.000,00");
        String line = lineId(code);

        HttpResponse<String> empty = addExpenditure(code, "", "", "", "12,5x", "");
        assertThat(empty.body())
                .contains("Kies de begrotingsregel waar de uitgave bij hoort.")
                .contains("Vul de datum van de uitgave in.")
                .contains("Kies een categorie.")
                .contains("Vul een bedrag in zoals 85.000,00.")
                .contains("Vul in waar het geld aan is uitgegeven.")
                .contains("value=\"12,5x\"");

        HttpResponse<String> outside = addExpenditure(code, line, "2019-01-01", "OVERHEAD", "10", "Te vroeg");
        assertThat(outside.body())
                .contains("De datum van de uitgave ligt buiten de periode van de begrotingsregel.")
                .contains("value=\"Te vroeg\"");
        assertThat(Sql.count("SELECT count(*) FROM platform.budget_expenditure WHERE budget_line_id = ?::uuid", line))
                .isZero();
    }

    @Test
    void onlyTheNetworksAdminRecordsAnExpenditureOfItsMunicipality() {
        String code = onboard();
        addLine(code, "Begroting " + suffix, "50.000,00");
        String line = lineId(code);
        List<Map.Entry<String, String>> fields = expenditure(line, "2026-02-01", "OVERHEAD", "10", "Poging");

        Browser otherNetwork = Browser.loggedIn(port, "admin.steunoudernl");
        otherNetwork.get("/beheer");
        assertThat(otherNetwork
                        .post("/beheer/gemeenten/" + code + "/uitgaven", fields)
                        .statusCode())
                .isEqualTo(404);
        assertThat(otherNetwork.get("/beheer/gemeenten/" + code).statusCode()).isEqualTo(404);

        Browser coordinator = Browser.loggedIn(port, "coordinator.meppel");
        coordinator.get("/werk");
        assertThat(coordinator
                        .post("/beheer/gemeenten/" + code + "/uitgaven", fields)
                        .statusCode())
                .isEqualTo(403);
        Browser policy = Browser.loggedIn(port, "policy.meppel");
        policy.get("/");
        assertThat(policy.post("/beheer/gemeenten/" + code + "/uitgaven", fields)
                        .statusCode())
                .isEqualTo(403);

        Browser anonymous = Browser.anonymous(port);
        anonymous.get("/login");
        HttpResponse<String> refused = anonymous.post("/beheer/gemeenten/" + code + "/uitgaven", fields);
        assertThat(refused.uri().getPath()).isEqualTo("/login");

        // A line of another municipality of the same network is not this municipality's.
        String other = onboard();
        assertThat(admin.post("/beheer/gemeenten/" + other + "/uitgaven", fields)
                        .statusCode())
                .isEqualTo(404);
        assertThat(Sql.count("SELECT count(*) FROM platform.budget_expenditure WHERE budget_line_id = ?::uuid", line))
                .isZero();
    }

    @Test
    void theIntakeFormStoresTheOutcomeMeasureWithTheVisit() {
        Http http = new Http(port);
        CaseWork work = new CaseWork(http, "hoogeveen");
        JsonNode family = work.registerFamily(
                "Meting " + suffix,
                52.7233,
                6.4764,
                Set.of("WEDNESDAY_AFTERNOON"),
                List.of(CaseWork.child("Ilse", LocalDate.now().minusYears(5))));
        UUID familyId = id(family);
        Browser coordinator = Browser.loggedIn(port, "coordinator.hoogeveen");
        String path = "/gezinnen/" + familyId;
        assertThat(coordinator.get(path).body())
                .contains("Uitkomstmeting (niet verplicht)")
                .contains("id=\"intake-measure-parentingStrain-5\"")
                .doesNotContain("Tevredenheid over de steun");

        HttpResponse<String> outOfRange = coordinator.post(
                path + "/intakes",
                List.of(
                        Map.entry("visitDate", LocalDate.now().toString()),
                        Map.entry("outcome", "SUITABLE"),
                        Map.entry("measure.parentingStrain", "7")));
        assertThat(outOfRange.body()).contains("Een score ligt tussen 0 en 5.");
        assertThat(outcomes(http, work, familyId)).isEmpty();

        HttpResponse<String> recorded = coordinator.post(
                path + "/intakes",
                List.of(
                        Map.entry("visitDate", LocalDate.now().toString()),
                        Map.entry("outcome", "SUITABLE"),
                        Map.entry("measure.parentingStrain", "5"),
                        Map.entry("measure.familyRest", "0"),
                        Map.entry("measure.ownNetwork", ""),
                        Map.entry("measure.childWellbeing", "2")));
        assertThat(recorded.body()).contains("De kennismaking is vastgelegd.");
        JsonNode stored = outcomes(http, work, familyId).get(0);
        assertThat(stored.get("moment").asString()).isEqualTo("INTAKE");
        assertThat(stored.get("measuredOn").asString())
                .isEqualTo(LocalDate.now().toString());
        assertThat(stored.get("parentingStrain").asInt()).isEqualTo(5);
        assertThat(stored.get("familyRest").asInt()).isZero();
        assertThat(stored.get("ownNetwork").isNull()).isTrue();
        assertThat(stored.get("childWellbeing").asInt()).isEqualTo(2);

        HttpResponse<String> withoutMeasure = coordinator.post(
                path + "/intakes",
                List.of(Map.entry("visitDate", LocalDate.now().toString()), Map.entry("outcome", "SUITABLE")));
        assertThat(withoutMeasure.body()).contains("De kennismaking is vastgelegd.");
        assertThat(outcomes(http, work, familyId)).hasSize(1);
    }

    private static List<JsonNode> outcomes(Http http, CaseWork work, UUID familyId) {
        List<JsonNode> all = new ArrayList<>();
        ok(http.get(work.base() + "/families/" + familyId + "/outcomes", work.coordinator()))
                .forEach(all::add);
        return all;
    }

    private HttpResponse<String> addLine(String code, String name, String amount) {
        return admin.post(
                "/beheer/gemeenten/" + code + "/budget",
                List.of(
                        Map.entry("name", name),
                        Map.entry("periodStart", "2026-01-01"),
                        Map.entry("periodEnd", "2027-12-31"),
                        Map.entry("amount", amount)));
    }

    private String lineId(String code) {
        Matcher option =
                LINE_OPTION.matcher(admin.get("/beheer/gemeenten/" + code).body());
        assertThat(option.find()).as("the budget line in the expenditure form").isTrue();
        return option.group(1);
    }

    private HttpResponse<String> addExpenditure(
            String code, String line, String date, String category, String amount, String description) {
        return admin.post(
                "/beheer/gemeenten/" + code + "/uitgaven", expenditure(line, date, category, amount, description));
    }

    private static List<Map.Entry<String, String>> expenditure(
            String line, String date, String category, String amount, String description) {
        return List.of(
                Map.entry("budgetLineId", line),
                Map.entry("date", date),
                Map.entry("category", category),
                Map.entry("amount", amount),
                Map.entry("description", description));
    }

    private static String amountOf(String code, String name) {
        return Sql.strings(
                        "SELECT amount::text FROM platform.budget_line WHERE municipality_code = ? AND name = ?",
                        code,
                        name)
                .get(0);
    }

    private String onboard() {
        // nanoTime, not a few random characters: two onboardings in one test once drew the same code
        String code = "ob-" + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> result = admin.post(
                "/beheer/gemeenten/nieuw",
                List.of(
                        Map.entry("code", code),
                        Map.entry("name", "Budgetgemeente " + code),
                        Map.entry("cbsCode", CbsCodes.free()),
                        Map.entry("programmeStart", "2026-01-01")));
        assertThat(result.uri().getPath()).isEqualTo("/beheer/gemeenten/" + code + "/inrichting");
        return code;
    }
}
