package nl.naober.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.municipality.NewMunicipality;
import nl.naober.support.CbsCodes;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import nl.naober.tenancy.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A closed evaluation period's report is the same after its cases are edited or anonymised, while the live figures
 * of the same dates do change; the PDF and CSV come from the same frozen figures.
 */
@NaoberIntegrationTest
class EvaluationReportFreezeTest {

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityProvisioning provisioning;

    @Test
    void aClosedPeriodsReportSurvivesEditsAndAnonymisationOfItsCases() {
        String code = "freeze-" + Long.toString(System.nanoTime(), 36);
        provisioning.provision(new NewMunicipality(code, "Freeze " + code, CbsCodes.free(), "buurtgezinnen"));
        String schema = '"' + Tenant.of(code).schema() + '"';
        CaseFiguresTest.seed(new MonitoringSeed(Tenant.of(code).schema()));
        Http http = new Http(port);
        String admin = Http.basic("admin.buurtgezinnen");
        String periods = "/api/v1/admin/municipalities/" + code + "/evaluation-periods";
        Http.Response created = http.post(
                periods,
                admin,
                "{\"name\":\"Pilot voorjaar 2025\",\"start\":\"2025-02-01\",\"end\":\"2025-04-30\","
                        + "\"evaluationDate\":\"2025-06-30\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String report = "/api/v1/municipalities/" + code + "/evaluation-periods/" + id + "/report";
        String open = http.get(report, admin).body();

        Http.Response closed = http.post(periods + "/" + id + "/close", admin, "");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("figuresFrozen").asBoolean()).isTrue();
        String frozen = http.get(report, admin).body();
        String frozenCsv = http.get(report + ".csv", admin).body();
        assertThat(frozen).isEqualTo(open);

        // Later work on the cases: evaluations and signals removed, closings re-dated, families anonymised and
        // re-dated into another month.
        Sql.execute("delete from " + schema + ".evaluation");
        Sql.execute("delete from " + schema + ".match_signal");
        Sql.execute("update " + schema + ".family_match set ended_on = date '2025-04-29' where status = 'ENDED'");
        Sql.execute("update " + schema + ".family set parent_name = 'Geanonimiseerd', postcode = '0000 AA'");
        Sql.execute("update " + schema + ".family set registration_date = date '2025-02-02'");

        var live = http.get("/api/v1/municipalities/" + code + "/monitoring?from=2025-02-01&to=2025-04-30", admin)
                .json();
        assertThat(http.get(report, admin).body()).isEqualTo(frozen);
        assertThat(http.get(report + ".csv", admin).body()).isEqualTo(frozenCsv);
        assertThat(live.get("tables"))
                .as("the edits did change the live figures")
                .isNotEqualTo(http.get(report, admin).json().get("tables"));
        Http.Response pdf = http.get(report + ".pdf", admin);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
    }
}
