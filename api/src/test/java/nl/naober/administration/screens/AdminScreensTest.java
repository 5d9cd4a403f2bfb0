package nl.naober.administration.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.support.Browser;
import nl.naober.support.CbsCodes;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The network admin's Dutch screens over real HTTP, logged in through the form, on real PostgreSQL. */
@NaoberIntegrationTest
class AdminScreensTest {

    private static final Pattern ORGANISATION_OPTION =
            Pattern.compile("<option value=\"([0-9a-f-]{36})\">Welzijn ([^<]+)</option>");

    @LocalServerPort
    int port;

    Browser admin;
    String suffix;

    @BeforeEach
    void setUp() {
        admin = Browser.loggedIn(port, "admin.buurtgezinnen");
        // nanoTime, not a few random characters with the digits folded: two tests drew the same code and failed CI
        suffix = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void theStartPageListsTheMunicipalitiesOfTheOwnNetworkWithTheirStatus() {
        HttpResponse<String> start = admin.get("/beheer");

        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body())
                .contains("<html lang=\"nl\"")
                .contains("Gemeenten")
                .contains("Nieuwe gemeente")
                .contains("Uitloggen")
                .contains("Meppel")
                .contains("/beheer/gemeenten/meppel")
                .contains("Actief")
                .doesNotContain("Emmen");

        HttpResponse<String> meppel = admin.get("/beheer/gemeenten/meppel");
        assertThat(meppel.statusCode()).isEqualTo(200);
        assertThat(meppel.body())
                .contains("GM0119")
                .contains("href=\"#organisaties\"")
                .contains("href=\"#logboek\"")
                .contains("policy.meppel")
                .contains("Beleidsmedewerker");
    }

    @Test
    void theOnboardingFormKeepsWhatWasTypedAndLinksEachErrorToItsField() {
        HttpResponse<String> form = admin.get("/beheer/gemeenten/nieuw");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Catalogus").contains("Schema").contains("Inrichting");

        HttpResponse<String> refused = admin.post(
                "/beheer/gemeenten/nieuw",
                List.of(
                        Map.entry("code", "Fout Code"),
                        Map.entry("name", "Getypte Naam " + suffix),
                        Map.entry("cbsCode", "1701"),
                        Map.entry("programmeStart", "")));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Er is iets niet goed ingevuld")
                .contains("href=\"#code\"")
                .contains("href=\"#cbsCode\"")
                .contains("href=\"#programmeStart\"")
                .contains("De CBS-code is GM gevolgd door vier cijfers")
                .contains("Vul de startdatum van het programma in.")
                .contains("value=\"Fout Code\"")
                .contains("value=\"Getypte Naam " + suffix + "\"")
                .contains("value=\"1701\"")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void aSuccessfulOnboardingShowsTheStepsDoneAndActive() {
        String code = onboard();

        // the list is in name order, 20 a page, and other tests onboard into the same network: find its page
        assertThat(listPageNaming("Schermgemeente " + suffix)).contains("/beheer/gemeenten/" + code);
        HttpResponse<String> detail = admin.get("/beheer/gemeenten/" + code);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("Actief").contains("Opschorten").contains("Gemeente ingericht");
    }

    @Test
    void theDetailPageShowsEveryTabWithItsData() {
        String code = onboard();
        String base = "/beheer/gemeenten/" + code;

        HttpResponse<String> organisation = admin.post(
                base + "/organisaties",
                List.of(
                        Map.entry("name", "Welzijn " + suffix),
                        Map.entry("contactPerson", "Jet Jansen"),
                        Map.entry("email", "jet@welzijn.example"),
                        Map.entry("kvkNumber", "12345678")));
        assertThat(organisation.statusCode()).isEqualTo(200);
        assertThat(organisation.body())
                .contains("De welzijnsorganisatie is toegevoegd.")
                .contains("Jet Jansen");

        Matcher option = ORGANISATION_OPTION.matcher(organisation.body());
        assertThat(option.find()).isTrue();
        HttpResponse<String> user = admin.post(
                base + "/gebruikers",
                List.of(
                        Map.entry("username", "coordinator." + code),
                        Map.entry("role", "COORDINATOR"),
                        Map.entry("welfareOrganisationId", option.group(1))));
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(user.body())
                .contains("Gebruiker toegevoegd")
                .contains("Eenmalig wachtwoord")
                .contains("maar één keer");
        String password = oneTimePassword(user.body());

        HttpResponse<String> budget = admin.post(
                base + "/budget",
                List.of(
                        Map.entry("name", "Ruim een ton " + suffix),
                        Map.entry("periodStart", "2025-07-01"),
                        Map.entry("periodEnd", "2027-06-30"),
                        Map.entry("amount", "110000.00")));
        assertThat(budget.body()).contains("De begrotingsregel is toegevoegd.").contains("€\u00a0110.000,00");

        HttpResponse<String> period = admin.post(
                base + "/evaluatieperiodes",
                List.of(
                        Map.entry("name", "Pilot " + suffix),
                        Map.entry("start", "2025-03-01"),
                        Map.entry("end", "2026-06-30"),
                        Map.entry("evaluationDate", "2026-09-01")));
        assertThat(period.body()).contains("De evaluatieperiode is toegevoegd.");

        HttpResponse<String> detail = admin.get(base);
        assertThat(detail.body())
                .contains("id=\"organisaties\"")
                .contains("Welzijn " + suffix)
                .contains("id=\"gebruikers\"")
                .contains("coordinator." + code)
                .contains("Coördinator")
                .contains("id=\"budget\"")
                .contains("Ruim een ton " + suffix)
                .contains("1-7-2025 t/m 30-6-2027")
                .contains("id=\"evaluatieperiodes\"")
                .contains("Pilot " + suffix)
                .contains("id=\"instellingen\"")
                .contains("8 weken")
                .contains("van het netwerk")
                .contains("id=\"logboek\"")
                .contains("Gebruiker toegevoegd")
                .contains("Begrotingsregel toegevoegd")
                .doesNotContain(password);

        HttpResponse<String> budgetErrors =
                admin.post(base + "/budget", List.of(Map.entry("name", "Fout " + suffix), Map.entry("amount", "veel")));
        assertThat(budgetErrors.body())
                .contains("Er is iets niet goed ingevuld")
                .contains("href=\"#budget-amount\"")
                .contains("Vul de begindatum in.")
                .contains("value=\"Fout " + suffix + "\"")
                .contains("value=\"veel\"");
    }

    @Test
    void anotherNetworksMunicipalityIsNotFound() {
        Browser other = Browser.loggedIn(port, "admin.steunoudernl");

        HttpResponse<String> meppel = other.get("/beheer/gemeenten/meppel");

        assertThat(meppel.statusCode()).isEqualTo(404);
        assertThat(meppel.body()).contains("Niet gevonden").doesNotContain("GM0119");
    }

    @Test
    void coordinatorsAreForbiddenAndAnonymousVisitorsMustLogIn() {
        HttpResponse<String> coordinator =
                Browser.loggedIn(port, "coordinator.meppel").get("/beheer");
        assertThat(coordinator.statusCode()).isEqualTo(403);
        assertThat(coordinator.body()).contains("Geen toegang");
        assertThat(Browser.loggedIn(port, "policy.meppel")
                        .get("/beheer/gemeenten/meppel")
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> anonymous = Browser.anonymous(port).get("/beheer");
        assertThat(anonymous.uri().getPath()).isEqualTo("/login");
    }

    /** Onboards "Schermgemeente <suffix>" through the wizard and checks the result page; returns its code. */
    private String onboard() {
        String code = "sc-" + suffix;
        String cbs = CbsCodes.free();
        HttpResponse<String> result = admin.post(
                "/beheer/gemeenten/nieuw",
                List.of(
                        Map.entry("code", code),
                        Map.entry("name", "Schermgemeente " + suffix),
                        Map.entry("cbsCode", cbs),
                        Map.entry("programmeStart", "2026-01-01")));
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.uri().getPath()).isEqualTo("/beheer/gemeenten/" + code + "/inrichting");
        assertThat(result.body())
                .contains("Inrichting van Schermgemeente " + suffix)
                .contains("Actief")
                .contains("step-done")
                .doesNotContain("step-failed");
        return code;
    }

    private static String oneTimePassword(String body) {
        Matcher matcher = Pattern.compile("<code[^>]*>([^<]+)</code>").matcher(body);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** The page of the network's municipality list that names this municipality (fails when no page does). */
    private String listPageNaming(String name) {
        for (int page = 0; page < 50; page++) {
            String body = admin.get("/beheer?page=" + page).body();
            if (body.contains(name)) {
                return body;
            }
            if (!body.contains("/beheer?page=" + (page + 1) + "\"")) {
                break;
            }
        }
        throw new AssertionError(name + " is on no page of /beheer");
    }
}
