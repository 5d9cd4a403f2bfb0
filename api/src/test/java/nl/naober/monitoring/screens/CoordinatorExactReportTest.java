package nl.naober.monitoring.screens;

import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import nl.naober.account.LocalAccounts;
import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import nl.naober.monitoring.web.SmallProgramme;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16: the coordinator, who sees every case anyway, gets the exact figures of their own municipality, marked
 * "intern — niet publiceren"; the policy officer's report, the network's and every download stay suppressed, also
 * when the coordinator downloads them. The first quarter of {@link SmallProgramme}: 3 trials started.
 */
@NaoberIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoordinatorExactReportTest {

    static final String Q1 = "?from=2025-01-01&to=2025-03-31";

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityProvisioning provisioning;

    @Autowired
    LocalAccounts accounts;

    String code;
    String coordinator;
    Http http;

    @BeforeAll
    void createTheProgramme() {
        code = SmallProgramme.create(provisioning, accounts, "exact");
        coordinator = "coordinator." + code;
        accounts.createWithHash(CurrentUser.of(coordinator, Role.COORDINATOR, code), accounts.hash(Http.DEMO_PASSWORD));
        http = new Http(port);
    }

    @Test
    void theCoordinatorSeesTheExactSmallCountWhereThePolicyOfficerSeesItHidden() {
        String path = "/api/v1/municipalities/" + code + "/monitoring" + Q1;
        JsonNode exact = ok(http.get(path, basic(coordinator)));
        assertThat(exact.get("internal").get("exact").asBoolean()).isTrue();
        assertThat(exact.get("internal").get("mark").asString()).isEqualTo("intern — niet publiceren");
        JsonNode waiting = table(exact, "wachttijd");
        assertThat(cell(waiting, 0).get("type").asString()).isEqualTo("Count");
        assertThat(cell(waiting, 0).get("text").asString())
                .as("the 3 trials started")
                .isEqualTo("3");
        assertThat(cell(waiting, 1).get("text").asString()).as("their median").isNotEqualTo("verborgen");
        assertThat(exact.toString()).doesNotContain("\"Suppressed\"");

        JsonNode published = ok(http.get(path, basic("policy." + code)));
        assertThat(published.hasNonNull("internal"))
                .as("the policy officer's report is not internal")
                .isFalse();
        assertThat(cell(table(published, "wachttijd"), 0).get("text").asString())
                .isEqualTo("< 5");
        assertThat(cell(table(published, "wachttijd"), 1).get("text").asString())
                .isEqualTo("verborgen");
        JsonNode network = ok(http.get(path, basic("admin.buurtgezinnen")));
        assertThat(network.hasNonNull("internal")).as("the network's view").isFalse();
        assertThat(cell(table(network, "wachttijd"), 0).get("text").asString()).isEqualTo("< 5");
    }

    @Test
    void everyDownloadOfTheCoordinatorStaysSuppressed() throws IOException {
        Http.Response csv =
                http.get("/api/v1/municipalities/" + code + "/monitoring/export.csv" + Q1, basic(coordinator));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("<5").doesNotContain("intern");

        Session session = Session.loggedIn(port, coordinator);
        HttpResponse<String> screen = session.get("/monitoring?van=2025-01&tot=2025-03");
        assertThat(screen.statusCode()).isEqualTo(200);
        assertThat(screen.body()).contains("Intern — niet publiceren");
        String excel = new String(
                session.bytes("/monitoring/export.csv?van=2025-01&tot=2025-03").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(excel).contains("< 5").doesNotContain("ntern");
        try (PDDocument pdf = Loader.loadPDF(
                session.bytes("/monitoring/export.pdf?van=2025-01&tot=2025-03").body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("< 5").doesNotContain("niet publiceren");
        }
        HttpResponse<String> policyScreen =
                Session.loggedIn(port, "policy." + code).get("/monitoring?van=2025-01&tot=2025-03");
        assertThat(policyScreen.body())
                .doesNotContain("Intern — niet publiceren")
                .contains("verborgen");
    }

    @Test
    void theReasonTablesAreExactForTheCoordinatorToo() {
        String family = """
                {"parentName": "Reden Exact", "postcode": "7941 AB", "numberOfChildren": 1, "consentGiven": true,
                 "registrationDate": "2025-02-03"}""";
        Http.Response registered =
                http.post("/api/v1/municipalities/" + code + "/families", basic(coordinator), family);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String withdrawal = """
                {"target": "WITHDRAWN", "version": %d, "reason": "MOVED", "changedOn": "2025-02-17"}""".formatted(registered.json().get("version").asLong());
        Http.Response withdrawn = http.post(
                "/api/v1/municipalities/" + code + "/families/"
                        + registered.json().get("id").asString() + "/status",
                basic(coordinator),
                withdrawal);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

        String coordinatorsTable = leaveReasons(Session.loggedIn(port, coordinator));
        assertThat(coordinatorsTable)
                .as("one withdrawal, counted")
                .doesNotContain("&lt; 5")
                .contains(">1<");
        String policyTable = leaveReasons(Session.loggedIn(port, "policy." + code));
        assertThat(policyTable).as("the policy officer's stays suppressed").contains("&lt; 5");
    }

    private static String leaveReasons(Session session) {
        String page = session.get("/monitoring?van=2025-01&tot=2025-03").body();
        int start = page.indexOf("aria-label=\"Redenen van afwijzing en terugtrekking\"");
        assertThat(start).as("the leave-reason table is on the dashboard").isPositive();
        return page.substring(start, page.indexOf("</table>", start));
    }

    @Test
    void anotherMunicipalitysCoordinatorOrNobodyCannotReadIt() {
        String path = "/api/v1/municipalities/" + code + "/monitoring" + Q1;
        assertThat(http.get(path, basic("coordinator.meppel")).status()).isEqualTo(404);
        assertThat(http.get(path, null).status()).isEqualTo(401);
    }

    private static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode table(JsonNode report, String key) {
        for (JsonNode table : report.get("tables")) {
            if (table.get("key").asString().equals(key)) {
                return table;
            }
        }
        throw new AssertionError("no table " + key);
    }

    private static JsonNode cell(JsonNode table, int row) {
        return table.get("rows").get(row).get("cells").get(0);
    }
}
