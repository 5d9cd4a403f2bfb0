package nl.naober.privacy;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.CaseWork.version;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.naober.support.Browser;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The family's rights (AVG art. 15, 17): everything held about a file as JSON, page and PDF, with its access-log
 * lines; erasure filed by the coordinator once the file has left the programme, decided by the municipality's own
 * privacy officer, carried out at once; every new endpoint closed to other municipalities, other roles and anonymous
 * callers.
 */
@NaoberIntegrationTest
class SubjectRightsTest {

    private static final Set<String> WEDNESDAY = Set.of("WEDNESDAY_AFTERNOON");
    private static final String OFFICER = basic("privacy.hoogeveen");

    @LocalServerPort
    int port;

    Http http;
    CaseWork hoogeveen;

    @BeforeEach
    void api() {
        http = new Http(port);
        hoogeveen = new CaseWork(http, "hoogeveen");
    }

    @Test
    void theSubjectAccessReportHoldsTheFileAndWhoViewedIt() {
        JsonNode family = family("Inzage " + System.nanoTime());
        ok(http.get(hoogeveen.base() + "/families/" + id(family), hoogeveen.coordinator()));

        JsonNode report =
                ok(http.get(hoogeveen.base() + "/families/" + id(family) + "/subject-access", hoogeveen.coordinator()));
        assertThat(report.get("municipality").asString()).isEqualTo("hoogeveen");
        assertThat(report.get("municipalityName").asString()).isEqualTo("Hoogeveen");
        assertThat(report.get("subject").get("parentName").asString())
                .isEqualTo(family.get("parentName").asString());
        assertThat(report.get("subject").get("children").get(0).get("firstName").asString())
                .isEqualTo("Noor");
        List<String> actions = new ArrayList<>();
        report.get("accessLog").forEach(line -> actions.add(line.get("action").asString()));
        assertThat(actions).as("its creation, the read and the report itself").contains("CREATE", "READ", "EXPORT");

        Browser coordinator = Browser.loggedIn(port, "coordinator.hoogeveen");
        HttpResponse<String> page = coordinator.get("/gezinnen/" + id(family) + "/gegevensoverzicht");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Gegevensoverzicht", family.get("parentName").asString(), "Noor")
                .contains("Alles wat de gemeente Hoogeveen in Naober over dit dossier bewaart")
                .contains("Wie heeft het dossier bekeken of gewijzigd");
        HttpResponse<String> pdf = coordinator.get("/gezinnen/" + id(family) + "/gegevensoverzicht.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(Sql.count(
                        "select count(*) from t_hoogeveen.access_log where family_id = ? and action = 'EXPORT'"
                                + " and detail like 'inzageverzoek%'",
                        id(family)))
                .as("JSON, page and PDF each logged as an export")
                .isEqualTo(3);
    }

    @Test
    void anErasureIsFiledForAFileThatLeftAndCarriedOutOnApproval() {
        JsonNode family = family("Wissen " + System.nanoTime());
        String requests = hoogeveen.base() + "/families/" + id(family) + "/erasure-requests";
        Http.Response tooEarly = http.post(requests, hoogeveen.coordinator(), ground("CONSENT_WITHDRAWN"));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("rule.erasure.family-in-programme");
        assertThat(http.post(requests, hoogeveen.coordinator(), "{}").status()).isEqualTo(400);

        withdraw(family);
        JsonNode request = created(http.post(requests, hoogeveen.coordinator(), ground("CONSENT_WITHDRAWN")));
        assertThat(request.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(request.get("requestedBy").asString()).isEqualTo("coordinator.hoogeveen");
        Http.Response twice = http.post(requests, hoogeveen.coordinator(), ground("OBJECTION"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("rule.erasure.already-requested");

        String decide = "/api/v1/municipalities/hoogeveen/erasure-requests/"
                + request.get("id").asString();
        JsonNode executed = ok(http.post(decide + "/approve", OFFICER, ""));
        assertThat(executed.get("status").asString()).isEqualTo("EXECUTED");
        assertThat(executed.get("decidedBy").asString()).isEqualTo("privacy.hoogeveen");
        assertThat(http.post(decide + "/refuse", OFFICER, "").status()).isEqualTo(409);

        JsonNode erased = ok(http.get(hoogeveen.base() + "/families/" + id(family), hoogeveen.coordinator()));
        assertThat(erased.get("parentName").asString()).isEqualTo("Geanonimiseerd");
        assertThat(erased.get("contactEmail").isNull()).isTrue();
        assertThat(erased.get("children").get(0).get("firstName").asString()).isEqualTo("Kind");
        assertThat(erased.get("children").get(0).get("birthDate").asString()).isEqualTo("2019-01-01");
        assertThat(Sql.strings(
                        "select concat_ws('|', subject_type, ground, status) from t_hoogeveen.erasure_request"
                                + " where subject_id = ?",
                        id(family)))
                .as("the request stays, without personal data")
                .containsExactly("FAMILY|CONSENT_WITHDRAWN|EXECUTED");
        assertThat(Sql.count(
                        "select count(*) from t_hoogeveen.access_log where family_id = ? and action = 'ANONYMISE'"
                                + " and username = 'privacy.hoogeveen'",
                        id(family)))
                .isEqualTo(1);
        Http.Response again = http.post(requests, hoogeveen.coordinator(), ground("OTHER"));
        assertThat(again.body()).contains("rule.erasure.already-anonymised");
    }

    @Test
    void onTheScreensTheCoordinatorFilesAndTheOfficerErasesOnlyAfterTicking() {
        JsonNode family = family("Scherm wissen " + System.nanoTime());
        withdraw(family);
        Browser coordinator = Browser.loggedIn(port, "coordinator.hoogeveen");
        String page = "/gezinnen/" + id(family);
        assertThat(coordinator.get(page).body()).contains("Verzoek tot verwijdering indienen");
        assertThat(coordinator
                        .post(page + "/verwijderverzoek", List.of(Map.entry("ground", "")))
                        .body())
                .contains("Kies de grond van het verzoek.");
        assertThat(coordinator
                        .post(page + "/verwijderverzoek", List.of(Map.entry("ground", "NO_LONGER_NEEDED")))
                        .body())
                .contains("Het verzoek tot verwijdering is ingediend.")
                .contains("De gegevens zijn niet meer nodig: Wacht op het besluit van de privacyfunctionaris");

        String id = Sql.strings("select id::text from t_hoogeveen.erasure_request where subject_id = ?", id(family))
                .get(0);
        Browser officer = Browser.loggedIn(port, "privacy.hoogeveen");
        assertThat(officer.get("/privacy/verzoeken").body()).contains(id(family).toString());
        assertThat(officer.post("/privacy/verzoeken/verwijderen/" + id + "/goedkeuren", List.of())
                        .body())
                .contains("Vink aan dat je begrijpt dat verwijderen niet ongedaan kan worden gemaakt.");
        assertThat(Sql.strings("select parent_name from t_hoogeveen.family where id = ?", id(family)))
                .containsExactly(family.get("parentName").asString());
        assertThat(officer.post(
                                "/privacy/verzoeken/verwijderen/" + id + "/goedkeuren",
                                List.of(Map.entry("understood", "yes")))
                        .body())
                .contains("Goedgekeurd: de gegevens zijn verwijderd.");
        assertThat(Sql.strings("select parent_name from t_hoogeveen.family where id = ?", id(family)))
                .containsExactly("Geanonimiseerd");

        HttpResponse<String> retention = officer.get("/privacy/bewaren");
        assertThat(retention.statusCode()).isEqualTo(200);
        assertThat(retention.body()).contains("Wat de volgende ronde doet", "24 maanden", "5 jaar");
        assertThat(coordinator.get("/privacy/bewaren").statusCode()).isEqualTo(403);
    }

    @Test
    void everyNewEndpointRefusesOtherMunicipalitiesOtherRolesAndAnonymousCallers() {
        JsonNode family = family("Afgeschermd " + System.nanoTime());
        withdraw(family);
        JsonNode supportFamily = hoogeveen.registerSupportFamily(
                "Afgeschermd steungezin " + System.nanoTime(), 52.72, 6.47, WEDNESDAY, 1, Set.of());
        JsonNode request = created(http.post(
                hoogeveen.base() + "/families/" + id(family) + "/erasure-requests",
                hoogeveen.coordinator(),
                ground("OBJECTION")));
        String base = "/api/v1/municipalities/hoogeveen";
        String erasure = base + "/erasure-requests/" + request.get("id").asString();
        List<String[]> officerCalls = List.of(
                new String[] {"GET", base + "/retention/preview"},
                new String[] {"GET", base + "/retention/runs"},
                new String[] {"GET", base + "/erasure-requests"},
                new String[] {"POST", erasure + "/approve"},
                new String[] {"POST", erasure + "/refuse"});
        List<String[]> coordinatorCalls = List.of(
                new String[] {"GET", base + "/families/" + id(family) + "/subject-access"},
                new String[] {"GET", base + "/support-families/" + id(supportFamily) + "/subject-access"},
                new String[] {"GET", base + "/families/" + id(family) + "/erasure-requests"},
                new String[] {"POST", base + "/families/" + id(family) + "/erasure-requests"},
                new String[] {"GET", base + "/support-families/" + id(supportFamily) + "/erasure-requests"},
                new String[] {"POST", base + "/support-families/" + id(supportFamily) + "/erasure-requests"});

        for (String[] call : officerCalls) {
            expect(call, "privacy.meppel", 404);
            expect(call, "coordinator.meppel", 404);
            expect(call, "coordinator.hoogeveen", 403);
            expect(call, "policy.hoogeveen", 403);
            expect(call, "admin.buurtgezinnen", 403);
            expect(call, null, 401);
        }
        for (String[] call : coordinatorCalls) {
            expect(call, "coordinator.meppel", 404);
            expect(call, "privacy.hoogeveen", 403);
            expect(call, "policy.hoogeveen", 403);
            expect(call, null, 401);
        }
        String otherCode = erasure.replace("/hoogeveen/", "/meppel/");
        assertThat(http.post(otherCode + "/approve", basic("privacy.meppel"), "")
                        .status())
                .as("Hoogeveen's request is not found in Meppel")
                .isEqualTo(404);
        assertThat(Sql.strings(
                        "select status from t_hoogeveen.erasure_request where id = ?::uuid",
                        request.get("id").asString()))
                .containsExactly("REQUESTED");
        assertThat(Sql.strings("select parent_name from t_hoogeveen.family where id = ?", id(family)))
                .containsExactly(family.get("parentName").asString());
    }

    private void expect(String[] call, String user, int status) {
        String auth = user == null ? null : basic(user);
        Http.Response response =
                call[0].equals("GET") ? http.get(call[1], auth) : http.post(call[1], auth, ground("OTHER"));
        assertThat(response.status())
                .as(call[0] + " " + call[1] + " as " + user)
                .isEqualTo(status);
    }

    private JsonNode family(String name) {
        return hoogeveen.registerFamily(
                name, 52.72, 6.47, WEDNESDAY, List.of(child("Noor", LocalDate.parse("2019-05-17"), "ADHD")));
    }

    private void withdraw(JsonNode family) {
        ok(http.post(
                hoogeveen.base() + "/families/" + id(family) + "/status",
                hoogeveen.coordinator(),
                Http.json(Map.of("target", "WITHDRAWN", "version", version(family), "reason", "NO_LONGER_NEEDED"))));
    }

    private static String ground(String ground) {
        return Http.json(Map.of("ground", ground));
    }

    @SuppressWarnings("unused")
    private static UUID uuid(JsonNode node) {
        return id(node);
    }
}
