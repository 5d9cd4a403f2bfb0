package nl.naober.monitoring.web;

import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Monitoring is asked for whole calendar months or exactly one of the municipality's evaluation periods; any other
 * pair of days is a 400 naming the parameter, since {@code to=b} next to {@code to=b+1} would show one day. Every
 * query, whatever its form, leaves a line with its period in the municipality's access log.
 */
@NaoberIntegrationTest
class MonitoringPeriodRuleTest {

    private static final String MEPPEL = "/api/v1/municipalities/meppel/monitoring";
    private static final String NETWORK = "/api/v1/admin/networks/buurtgezinnen/monitoring";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void http() {
        http = new Http(port);
    }

    @Test
    void aDayRangeThatIsNotWholeMonthsIsRefusedNamingTheParameterInDutch() {
        JsonNode from = refused(MEPPEL + "?from=2025-01-02&to=2025-01-31", "policy.meppel");
        assertThat(from.get("errors").get(0).get("field").asString()).isEqualTo("from");
        assertThat(from.get("errors").get(0).get("message").asString())
                .isEqualTo("‘from’ moet de eerste dag van een maand zijn (bijvoorbeeld 2025-01-01), of het begin van"
                        + " een evaluatieperiode van de gemeente: monitoring gaat over hele kalendermaanden.");

        // the attack: a period and the same period one day longer
        assertThat(http.get(MEPPEL + "?from=2025-01-01&to=2025-01-31", basic("policy.meppel"))
                        .status())
                .isEqualTo(200);
        JsonNode oneDayMore = refused(MEPPEL + "?from=2025-01-01&to=2025-02-01", "policy.meppel");
        assertThat(oneDayMore.get("errors").get(0).get("field").asString()).isEqualTo("to");
        assertThat(oneDayMore.get("errors").get(0).get("message").asString()).startsWith("‘to’ moet de laatste dag");

        JsonNode both = refused(MEPPEL + "/export.csv?from=2025-01-15&to=2025-02-14", "policy.meppel");
        assertThat(both.get("errors")).hasSize(2);
        refused(MEPPEL + "?to=2025-06-15", "coordinator.meppel");
        refused(NETWORK + "?from=2025-01-01&to=2025-01-15", "admin.buurtgezinnen");
    }

    @Test
    void aMonthAfterTheCurrentOneAndAReversedPeriodAreRefused() {
        YearMonth next = YearMonth.now().plusMonths(1);
        JsonNode future = refused(MEPPEL + "?from=2025-01-01&to=" + next.atEndOfMonth(), "policy.meppel");
        assertThat(future.get("errors").get(0).get("message").asString())
                .isEqualTo("‘to’ ligt na de huidige maand. Kies als laatste maand uiterlijk deze maand.");
        refused(MEPPEL + "?from=2025-05-01&to=2025-01-31", "policy.meppel");
        assertThat(http.get(MEPPEL + "?from=2025-01-01&to=" + YearMonth.now().atEndOfMonth(), basic("policy.meppel"))
                        .status())
                .as("the current month, though not over yet")
                .isEqualTo(200);
    }

    @Test
    void withoutAPeriodItIsTheCurrentMonthAndTheElevenBeforeIt() {
        JsonNode report = http.get(MEPPEL, basic("policy.meppel")).json();
        YearMonth now = YearMonth.now();
        assertThat(report.get("from").asString())
                .isEqualTo(now.minusMonths(11).atDay(1).toString());
        assertThat(report.get("to").asString()).isEqualTo(now.atEndOfMonth().toString());
        assertThat(http.get(NETWORK, basic("admin.buurtgezinnen")).status()).isEqualTo(200);
    }

    @Test
    void anEvaluationPeriodOfTheMunicipalityMayBeAskedForExactlyAndOnlyThere() {
        String start = "2024-03-10";
        String end = "2025-03-09";
        Http.Response created = http.post(
                "/api/v1/admin/municipalities/meppel/evaluation-periods",
                basic("admin.buurtgezinnen"),
                Http.json(
                        Map.of("name", "Pilot tot maart", "start", start, "end", end, "evaluationDate", "2025-06-01")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        assertThat(http.get(MEPPEL + "?from=" + start + "&to=" + end, basic("policy.meppel"))
                        .status())
                .isEqualTo(200);
        refused(MEPPEL + "?from=" + start + "&to=2025-03-10", "policy.meppel");
        refused("/api/v1/municipalities/hoogeveen/monitoring?from=" + start + "&to=" + end, "policy.hoogeveen");
        refused(NETWORK + "?from=" + start + "&to=" + end, "admin.buurtgezinnen");
    }

    @Test
    void everyMonitoringQueryWritesItsPeriodInTheAccessLog() {
        String json = MEPPEL + "?from=2019-01-01&to=2019-01-31";
        assertThat(logged(() -> http.get(json, basic("policy.meppel")), "2019-01-01..2019-01-31"))
                .isEqualTo(1);
        String csv = MEPPEL + "/export.csv?from=2019-02-01&to=2019-02-28";
        assertThat(logged(() -> http.get(csv, basic("policy.meppel")), "2019-02-01..2019-02-28"))
                .isEqualTo(1);
        String network = NETWORK + "?from=2019-03-01&to=2019-03-31";
        assertThat(logged(
                        () -> http.get(network, basic("admin.buurtgezinnen")),
                        "2019-03-01..2019-03-31",
                        "admin.buurtgezinnen"))
                .isEqualTo(1);

        Http.Response created = http.post(
                "/api/v1/admin/municipalities/meppel/evaluation-periods",
                basic("admin.buurtgezinnen"),
                Http.json(Map.of(
                        "name",
                        "Logboekperiode",
                        "start",
                        "2018-04-03",
                        "end",
                        "2018-09-30",
                        "evaluationDate",
                        "2018-12-01")));
        String report = "/api/v1/municipalities/meppel/evaluation-periods/"
                + created.json().get("id").asString() + "/report";
        assertThat(logged(() -> http.get(report, basic("policy.meppel")), "2018-04-03..2018-09-30"))
                .isEqualTo(1);
        assertThat(http.post(
                                "/api/v1/admin/municipalities/meppel/evaluation-periods/"
                                        + created.json().get("id").asString() + "/close",
                                basic("admin.buurtgezinnen"),
                                "{}")
                        .status())
                .isEqualTo(200);
        for (String format : new String[] {"", ".csv", ".pdf"}) {
            assertThat(logged(() -> http.get(report + format, basic("policy.meppel")), "2018-04-03..2018-09-30"))
                    .as("the frozen report%s, read rather than computed", format)
                    .isEqualTo(1);
        }
    }

    private JsonNode refused(String path, String username) {
        Http.Response response = http.get(path, basic(username));
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        return response.json();
    }

    private static int logged(Runnable query, String period) {
        return logged(query, period, "policy.meppel");
    }

    /** How many lines the query added to Meppel's access log for the user and period. */
    static int logged(Runnable query, String period, String username) {
        String sql = "select count(*) from t_meppel.access_log where username = ? and action = 'QUERY'"
                + " and record_type = 'MONITORING' and detail = ?";
        int before = Sql.count(sql, username, "period " + period);
        query.run();
        return Sql.count(sql, username, "period " + period) - before;
    }
}
