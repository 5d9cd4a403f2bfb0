package nl.naober.casefile.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyView;
import nl.naober.matching.MatchService;
import nl.naober.matching.MatchStatus;
import nl.naober.matching.MatchView;
import nl.naober.matching.MatchVocabulary.Decision;
import nl.naober.matching.MatchVocabulary.EvaluationKind;
import nl.naober.matching.NewEvaluation;
import nl.naober.support.Browser;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.supportfamily.SupportFamilyView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors a person can see (issue 15), over real HTTP: an in-page form that is not accepted comes back on its page's
 * own address (post/redirect/get) with its errors at the form and what was typed; a GET on a form's POST address
 * leads to the page; every error status of the screens is a Dutch page in the user's layout with a way back, never
 * Spring's "Whitelabel Error Page"; the REST API keeps answering Problem Details.
 */
@NaoberIntegrationTest
class ScreenErrorsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    FamilyService families;

    @Autowired
    SupportFamilyService supportFamilies;

    @Autowired
    MatchService matches;

    CaseData emmen;
    Browser coordinator;
    String suffix;

    @BeforeEach
    void setUp() {
        emmen = new CaseData("emmen", families, supportFamilies);
        coordinator = Browser.loggedIn(port, "coordinator.emmen");
        suffix = UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void anInvalidSignalComesBackOnTheMatchPageAtItsFormWithWhatWasTyped() {
        String match = matchInTrial();

        HttpResponse<String> refused =
                coordinator.post(match + "/signalen", List.of(Map.entry("notes", "Getypt signaal " + suffix)));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.uri().getPath())
                .as("the page's own address, not the POST's")
                .isEqualTo(match);
        assertThat(refused.body())
                .contains("id=\"signaal\"")
                .contains("Er is iets niet goed ingevuld")
                .contains("href=\"#signal-kind\"")
                .contains("aria-invalid=\"true\"")
                .contains("Getypt signaal " + suffix)
                .contains("/js/form-errors.js");

        HttpResponse<String> reloaded = coordinator.get(match);
        assertThat(reloaded.body())
                .as("the errors are shown once")
                .doesNotContain("Er is iets niet goed ingevuld")
                .doesNotContain("Getypt signaal " + suffix);
    }

    @Test
    void aStaleCloseIsRefusedAtTheCloseFormOnTheMatchPage() {
        String match = matchInTrial();

        HttpResponse<String> stale = coordinator.post(
                match + "/afsluiten",
                List.of(
                        Map.entry("version", "0"),
                        Map.entry("reason", "GOAL_REACHED"),
                        Map.entry("outcomeNotes", "Afgerond " + suffix),
                        Map.entry("confirmed", "true")));

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.uri().getPath()).isEqualTo(match);
        String closeForm = stale.body().substring(stale.body().indexOf("id=\"afsluiten\""));
        assertThat(closeForm)
                .contains("error-summary")
                .contains("Dit kan niet")
                .contains("Iemand anders heeft dit intussen gewijzigd.")
                .contains("Afgerond " + suffix);
    }

    @Test
    void aGetOnAFormsPostAddressLeadsToItsPage() {
        String match = matchInTrial();

        for (String form : List.of("/signalen", "/evaluaties", "/contacten", "/afsluiten", "/annuleren")) {
            HttpResponse<String> page = coordinator.get(match + form);
            assertThat(page.statusCode()).as(form).isEqualTo(200);
            assertThat(page.uri().getPath()).as(form).isEqualTo(match);
            // the 405 page's own words: the digits "405" also turn up in ids and CSRF tokens
            assertThat(page.body()).doesNotContain("Whitelabel").doesNotContain("Deze pagina kun je niet zo openen");
        }

        Browser admin = Browser.loggedIn(port, "admin.buurtgezinnen");
        HttpResponse<String> budget = admin.get("/beheer/gemeenten/meppel/budget");
        assertThat(budget.statusCode()).isEqualTo(200);
        assertThat(budget.uri().getPath()).isEqualTo("/beheer/gemeenten/meppel");
    }

    @Test
    void anAddressThatDoesNotExistIsADutchPageInTheCoordinatorsLayout() {
        HttpResponse<String> missing = coordinator.get("/bestaat-niet-" + suffix);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(missing.body())
                .contains("<html lang=\"nl\"")
                .contains("Deze pagina bestaat niet")
                .contains("Foutcode 404")
                .contains("href=\"/werk\"")
                .contains("Terug naar Mijn werk")
                .contains("Uitloggen")
                .doesNotContain("Whitelabel")
                .doesNotContain("bestaat-niet-" + suffix);
    }

    @Test
    void eachRoleMeetsTheErrorPageInItsOwnLayout() {
        HttpResponse<String> admin =
                Browser.loggedIn(port, "admin.buurtgezinnen").get("/bestaat-niet");
        assertThat(admin.statusCode()).isEqualTo(404);
        assertThat(admin.body())
                .contains("Naober beheer")
                .contains("Terug naar de gemeenten")
                .doesNotContain("Mijn werk")
                .doesNotContain("Bewaartermijnen");

        HttpResponse<String> policy = Browser.loggedIn(port, "policy.meppel").get("/bestaat-niet");
        assertThat(policy.body()).contains("Evaluatieperiodes").contains("Terug naar de monitoring");

        HttpResponse<String> privacy = Browser.loggedIn(port, "privacy.meppel").get("/bestaat-niet");
        assertThat(privacy.body()).contains("Bewaartermijnen").contains("Terug naar het logboek");
    }

    @Test
    void aMissingParameterIsABadRequestPageNotProblemDetails() {
        String match = matchInTrial();

        HttpResponse<String> bad = coordinator.post(match + "/annuleren", List.of());

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .contains("Dit verzoek klopt niet")
                .contains("Terug naar Mijn werk")
                .doesNotContain("\"status\"");
    }

    @Test
    void anotherMethodOnAScreenIsADutch405Page() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        String csrf = csrf(client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=coordinator.emmen&password="
                                + URLEncoder.encode(Http.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String token = csrf(client.send(
                        HttpRequest.newBuilder(URI.create(base + "/werk")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());

        HttpResponse<String> put = client.send(
                HttpRequest.newBuilder(URI.create(base + "/werk"))
                        .header("X-CSRF-TOKEN", token)
                        .header("Accept", "text/html")
                        .PUT(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.body())
                .contains("Deze pagina kun je niet zo openen")
                .contains("Terug naar Mijn werk")
                .doesNotContain("Whitelabel");
    }

    @Test
    void theRestApiKeepsAnsweringProblemDetails() throws IOException, InterruptedException {
        HttpResponse<String> asJson = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                        + "/api/v1/municipalities/emmen/matches/" + UUID.randomUUID() + "/close"))
                                .header("Authorization", Http.basic("coordinator.emmen"))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(asJson.statusCode()).isEqualTo(405);
        assertThat(asJson.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(asJson.body()).contains("\"status\":405").doesNotContain("<html");
    }

    /** Proposes a match through the screens and starts its trial; returns the match page's path. */
    /** Issue 17: the evaluation form carries the match's version; a trial decision on a stale page is refused. */
    @Test
    void aTrialDecisionMadeOnAStalePageIsRefusedAndTheColleaguesDecisionStays() {
        String path = matchInTrial();
        UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        MatchView seen = emmen.in(() -> matches.get(id));
        assertThat(coordinator.get(path).body()).contains("name=\"version\" value=\"" + seen.version() + "\"");
        emmen.in(() -> matches.evaluate(
                id,
                new NewEvaluation(EvaluationKind.TRIAL, null, Decision.CONTINUE, null, true, null, seen.version())));

        HttpResponse<String> stale = coordinator.post(
                path + "/evaluaties",
                List.of(
                        Map.entry("kind", "TRIAL"),
                        Map.entry("decision", "END"),
                        Map.entry("endReason", "NO_CLICK"),
                        Map.entry("version", String.valueOf(seen.version()))));

        assertThat(stale.body()).contains("Iemand anders heeft dit intussen gewijzigd.");
        MatchView stored = emmen.in(() -> matches.get(id));
        assertThat(stored.status()).isEqualTo(MatchStatus.ACTIVE);
        assertThat(stored.evaluations()).hasSize(1);
    }

    private String matchInTrial() {
        SupportFamilyView supportFamily = emmen.availableSupportFamily("Steungezin Fout " + suffix);
        FamilyView family = emmen.waitingFamily("Vraaggezin Fout " + suffix);
        HttpResponse<String> proposed = coordinator.post(
                "/gezinnen/" + family.id() + "/suggesties",
                List.of(
                        Map.entry("supportFamilyId", supportFamily.id().toString()),
                        Map.entry("childIds", family.children().get(0).id().toString()),
                        Map.entry("dayParts", "WEDNESDAY_AFTERNOON")));
        String path = proposed.uri().getPath();
        assertThat(path).startsWith("/koppelingen/");
        MatchView match = emmen.in(() -> matches.ofFamily(family.id()).get(0));
        HttpResponse<String> trial = coordinator.post(
                path + "/proefperiode", List.of(Map.entry("version", String.valueOf(match.version()))));
        assertThat(trial.body()).contains("<strong>Proefperiode</strong>");
        return path;
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }
}
