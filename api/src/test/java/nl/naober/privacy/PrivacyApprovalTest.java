package nl.naober.privacy;

import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.naober.mail.web.TestClock;
import nl.naober.support.Browser;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The privacy officer of a municipality decides on requests to take its case data out; an approval is for one use
 * within 24 hours, and only that officer decides. The municipality stays active here: the export itself is in
 * MunicipalityOffboardingTest.
 */
@NaoberIntegrationTest
@Import(TestClock.Configuration.class)
class PrivacyApprovalTest {

    private static final String ADMIN = "/api/v1/admin/municipalities/hoogeveen/privacy-approvals";
    private static final String OFFICER = "/api/v1/municipalities/hoogeveen/privacy-approvals";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void api() {
        http = new Http(port);
        TestClock.INSTANCE.reset();
    }

    @AfterEach
    void clock() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void anApprovalIsForTwentyFourHoursAndIsShownAsExpiredAfter() {
        JsonNode requested = request("EXPORT", "Overstap naar een ander systeem");
        assertThat(requested.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(requested.get("requestedBy").asString()).isEqualTo("admin.buurtgezinnen");

        JsonNode approved = decide(requested, "approve", "privacy.hoogeveen");
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("decidedBy").asString()).isEqualTo("privacy.hoogeveen");

        Http.Response again =
                http.post(OFFICER + "/" + requested.get("id").asString() + "/refuse", basic("privacy.hoogeveen"), "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("rule.privacy.approval.already-decided");

        TestClock.INSTANCE.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(statusOf(requested)).isEqualTo("EXPIRED");
    }

    @Test
    void aRefusalIsFinalAndARequestNeedsAReason() {
        JsonNode refused = decide(request("REMOVAL", "Einde van het programma"), "refuse", "privacy.hoogeveen");
        assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
        Http.Response noReason =
                http.post(ADMIN, basic("admin.buurtgezinnen"), Http.json(Map.of("kind", "EXPORT", "reason", " ")));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Geef een reden");
    }

    @Test
    void onlyTheMunicipalitysOwnPrivacyOfficerDecides() {
        JsonNode requested = request("EXPORT", "Controle door de accountant");
        String approve = OFFICER + "/" + requested.get("id").asString() + "/approve";
        for (String user : List.of("coordinator.hoogeveen", "policy.hoogeveen", "admin.buurtgezinnen")) {
            assertThat(http.post(approve, basic(user), "{}").status()).as(user).isEqualTo(403);
            assertThat(http.get(OFFICER, basic(user)).status()).as(user).isEqualTo(403);
        }
        assertThat(http.post(approve, basic("privacy.meppel"), "{}").status()).isEqualTo(404);
        assertThat(http.get(OFFICER, basic("privacy.meppel")).status()).isEqualTo(404);
        assertThat(http.post(approve.replace("/hoogeveen/", "/meppel/"), basic("privacy.meppel"), "{}")
                        .status())
                .as("the request is Hoogeveen's, not Meppel's")
                .isEqualTo(404);
        assertThat(http.post(approve, null, "{}").status()).isEqualTo(401);
        assertThat(http.get(OFFICER, null).status()).isEqualTo(401);
        assertThat(http.post(ADMIN, basic("admin.steunoudernl"), Http.json(Map.of("kind", "EXPORT", "reason", "x")))
                        .status())
                .isEqualTo(404);
        assertThat(http.post(ADMIN, basic("privacy.hoogeveen"), Http.json(Map.of("kind", "EXPORT", "reason", "x")))
                        .status())
                .isEqualTo(403);
        assertThat(statusOf(requested)).isEqualTo("REQUESTED");
    }

    @Test
    void thePrivacyOfficerApprovesOnTheScreenOnlyAfterTickingWhatItMeans() {
        JsonNode requested = request("EXPORT", "Scherm: overstap");
        Browser officer = Browser.loggedIn(port, "privacy.hoogeveen");
        HttpResponse<String> page = officer.get("/privacy/verzoeken");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Scherm: overstap").contains("Wacht op je besluit");

        String id = requested.get("id").asString();
        HttpResponse<String> unticked =
                officer.post("/privacy/verzoeken/" + id + "/goedkeuren", List.of(Map.entry("note", "")));
        assertThat(unticked.body()).contains("Vink aan dat je begrijpt wat je goedkeurt.");
        assertThat(statusOf(requested)).isEqualTo("REQUESTED");

        HttpResponse<String> approved = officer.post(
                "/privacy/verzoeken/" + id + "/goedkeuren",
                List.of(Map.entry("understood", "yes"), Map.entry("note", "Akkoord")));
        assertThat(approved.body()).contains("Goedgekeurd. De goedkeuring geldt 24 uur");
        assertThat(statusOf(requested)).isEqualTo("APPROVED");
        assertThat(Browser.loggedIn(port, "coordinator.hoogeveen")
                        .get("/privacy/verzoeken")
                        .statusCode())
                .isEqualTo(403);
    }

    private JsonNode request(String kind, String reason) {
        Http.Response created =
                http.post(ADMIN, basic("admin.buurtgezinnen"), Http.json(Map.of("kind", kind, "reason", reason)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private JsonNode decide(JsonNode request, String decision, String user) {
        Http.Response decided = http.post(
                OFFICER + "/" + request.get("id").asString() + "/" + decision,
                basic(user),
                Http.json(Map.of("note", "Besloten")));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        return decided.json();
    }

    private String statusOf(JsonNode request) {
        for (JsonNode approval : http.get(OFFICER + "?size=100", basic("privacy.hoogeveen"))
                .json()
                .get("content")) {
            if (approval.get("id").asString().equals(request.get("id").asString())) {
                return approval.get("status").asString();
            }
        }
        throw new AssertionError("request not listed");
    }
}
