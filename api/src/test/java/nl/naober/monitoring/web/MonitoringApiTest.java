package nl.naober.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.naober.account.LocalAccounts;
import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import nl.naober.monitoring.CaseFigures;
import nl.naober.monitoring.CaseMonitoring;
import nl.naober.monitoring.MonitoringPeriod;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.municipality.NewMunicipality;
import nl.naober.settings.ProgrammeSettingsCatalog;
import nl.naober.settings.SettingValues;
import nl.naober.settings.SettingsUpdate;
import nl.naober.support.CbsCodes;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The monitoring REST API over the hand-computed dataset of {@link CaseFiguresTest}: with threshold 1 it reports
 * exactly the case figures; with the default 5 every small count and what would reveal it reads "&lt; 5"; never a
 * name; only the municipality's own people and network may read it.
 */
@NaoberIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringApiTest {

    private static final String PERIOD = "?from=2025-02-01&to=2025-04-30";

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityProvisioning provisioning;

    @Autowired
    LocalAccounts accounts;

    @Autowired
    ProgrammeSettingsCatalog settings;

    @Autowired
    CaseMonitoring cases;

    String code;
    Http http;

    @BeforeAll
    void provisionAndSeed() {
        code = "monapi-" + Long.toString(System.nanoTime(), 36);
        provisioning.provision(new NewMunicipality(code, "Monapi " + code, CbsCodes.free(), "buurtgezinnen"));
        CaseFiguresTest.seed(new MonitoringSeed(Tenant.of(code).schema()));
        String hash = accounts.hash(Http.DEMO_PASSWORD);
        accounts.createWithHash(CurrentUser.of("policy." + code, Role.POLICY_OFFICER, code), hash);
        accounts.createWithHash(CurrentUser.of("coordinator." + code, Role.COORDINATOR, code), hash);
        http = new Http(port);
    }

    @Test
    void withThresholdOneTheReportCarriesExactlyTheCaseFigures() {
        threshold(1);
        CaseFigures figures = TenantContext.call(
                Tenant.of(code),
                () -> cases.figures(
                        new MonitoringPeriod(LocalDate.parse("2025-02-01"), LocalDate.parse("2025-04-30")),
                        LocalDate.now()));

        JsonNode report = monitoring("policy." + code);

        JsonNode registrations = table(report, "aanmeldingen-per-maand");
        assertThat(registrations.get("rows").get(0).get("label").asString()).isEqualTo("februari 2025");
        for (int month = 0; month < 3; month++) {
            assertThat(cell(registrations.get("rows").get(month), 0)
                            .get("value")
                            .asInt())
                    .isEqualTo(figures.registrationsPerMonth().get(month).families());
        }
        assertThat(cell(registrations.get("total"), 0).get("value").asInt()).isEqualTo(9);
        JsonNode matches = table(report, "koppelingen");
        assertThat(cell(matches.get("rows").get(0), 0).get("value").asInt()).isEqualTo(4); // started M1..M4
        assertThat(cell(matches.get("rows").get(3), 0).get("text").asString()).isEqualTo("75,0%"); // 3 of 4
        assertThat(report.get("costAvoided").get("text").asString()).startsWith("Indicatief");
        // no budget entered for this municipality: not € 0,00 but the reason (issue 15)
        JsonNode allocated =
                table(report, "budget").get("rows").get(0).get("cells").get(0);
        assertThat(allocated.get("type").asString()).isEqualTo("Empty");
        assertThat(allocated.get("text").asString()).isEqualTo("geen budget ingevoerd");
    }

    @Test
    void withTheDefaultThresholdSmallCountsAndWhatRevealsThemAreHidden() {
        threshold(5);

        JsonNode report = monitoring("policy." + code);

        assertThat(report.get("suppressionThreshold").asInt()).isEqualTo(5);
        JsonNode registrations = table(report, "aanmeldingen-per-maand");
        // Feb 3, Mar 3, Apr 3 families: every month is small, the total 9 stays (nothing is recoverable from it)
        for (int month = 0; month < 3; month++) {
            assertThat(cell(registrations.get("rows").get(month), 0).get("text").asString())
                    .isEqualTo("< 5");
        }
        List<String> visibleSmallCounts = new ArrayList<>();
        report.get("tables")
                .forEach(table -> allRows(table)
                        .forEach(row -> row.get("cells").forEach(cell -> {
                            if ("Count".equals(cell.get("type").asString())) {
                                int value = cell.get("value").asInt();
                                if (value > 0 && value < 5) {
                                    visibleSmallCounts.add(table.get("key").asString() + "/"
                                            + row.get("label").asString());
                                }
                            }
                        })));
        assertThat(visibleSmallCounts)
                .as("no count under the threshold is shown")
                .isEmpty();
        JsonNode matches = table(report, "koppelingen");
        assertThat(cell(matches.get("rows").get(3), 0).get("text").asString())
                .as("75% of 4 trials would reveal them: hidden, and not written as a count")
                .isEqualTo("verborgen");
        assertThat(report.get("costAvoided").get("text").asString()).contains("niet getoond");
    }

    @Test
    void noNameEverLeavesTheReport() {
        List<String> names =
                Sql.strings("select parent_name from \"" + Tenant.of(code).schema() + "\".family");
        assertThat(names).isNotEmpty();

        String json = http.get(monitoringPath(), Http.basic("policy." + code)).body();
        String csv = http.get(
                        "/api/v1/municipalities/" + code + "/monitoring/export.csv" + PERIOD,
                        Http.basic("policy." + code))
                .body();

        assertThat(csv).startsWith("tabel,rij,kolom,waarde");
        for (String name : names) {
            assertThat(json).doesNotContain(name);
            assertThat(csv).doesNotContain(name);
        }
        assertThat(json).doesNotContain("7941 AB");
    }

    @Test
    void onlyTheMunicipalityAndItsNetworkMayReadIt() {
        assertThat(status("policy." + code)).isEqualTo(200);
        assertThat(status("coordinator." + code)).isEqualTo(200);
        assertThat(status("admin.buurtgezinnen")).as("its network").isEqualTo(200);
        assertThat(status("policy.meppel"))
                .as("another municipality's policy officer")
                .isEqualTo(404);
        assertThat(status("coordinator.hoogeveen")).isEqualTo(404);
        assertThat(status("admin.steunoudernl")).as("another network").isEqualTo(404);
        assertThat(status("admin.platform")).isEqualTo(404);
        assertThat(http.get(monitoringPath(), null).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/municipalities/hoogeveen/monitoring", Http.basic("policy.meppel"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anEvaluationReportIsRefusedToOthersInEveryFormat() {
        Http.Response created = http.post(
                "/api/v1/admin/municipalities/" + code + "/evaluation-periods",
                Http.basic("admin.buurtgezinnen"),
                "{\"name\":\"Pilot\",\"start\":\"2025-02-01\",\"end\":\"2025-04-30\","
                        + "\"evaluationDate\":\"2025-06-30\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String report = "/api/v1/municipalities/" + code + "/evaluation-periods/"
                + created.json().get("id").asString() + "/report";

        for (String path : List.of(report, report + ".csv", report + ".pdf")) {
            assertThat(http.get(path, Http.basic("policy." + code)).status())
                    .as(path)
                    .isEqualTo(200);
            assertThat(http.get(path, Http.basic("coordinator.hoogeveen")).status())
                    .as(path)
                    .isEqualTo(404);
            assertThat(http.get(path, Http.basic("policy.meppel")).status())
                    .as(path)
                    .isEqualTo(404);
            assertThat(http.get(path, Http.basic("admin.steunoudernl")).status())
                    .as(path)
                    .isEqualTo(404);
            assertThat(http.get(path, null).status()).as(path).isEqualTo(401);
        }
        assertThat(http.get(
                                "/api/v1/municipalities/meppel/evaluation-periods/"
                                        + created.json().get("id").asString() + "/report",
                                Http.basic("policy.meppel"))
                        .status())
                .as("the period read through another municipality's path")
                .isEqualTo(404);
    }

    @Test
    void aReversedPeriodIsAClearBadRequest() {
        Http.Response reversed = http.get(
                "/api/v1/municipalities/" + code + "/monitoring?from=2025-05-01&to=2025-01-31",
                Http.basic("policy." + code));

        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().get("errors").get(0).get("message").asString())
                .isEqualTo("De einddatum ligt voor de begindatum.");
    }

    private void threshold(int value) {
        Long version = settings.municipality(code).version();
        settings.changeMunicipality(
                code,
                new SettingsUpdate(new SettingValues(null, null, null, null, value, null, null, null, null), version));
    }

    private JsonNode monitoring(String username) {
        Http.Response response = http.get(monitoringPath(), Http.basic(username));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private int status(String username) {
        return http.get(monitoringPath(), Http.basic(username)).status();
    }

    private String monitoringPath() {
        return "/api/v1/municipalities/" + code + "/monitoring" + PERIOD;
    }

    private static JsonNode table(JsonNode report, String key) {
        for (JsonNode table : report.get("tables")) {
            if (table.get("key").asString().equals(key)) {
                return table;
            }
        }
        throw new AssertionError("no table " + key);
    }

    private static JsonNode cell(JsonNode row, int column) {
        return row.get("cells").get(column);
    }

    private static List<JsonNode> allRows(JsonNode table) {
        List<JsonNode> rows = new ArrayList<>();
        table.get("rows").forEach(rows::add);
        if (table.get("total") != null && !table.get("total").isNull()) {
            rows.add(table.get("total"));
        }
        return rows;
    }
}
