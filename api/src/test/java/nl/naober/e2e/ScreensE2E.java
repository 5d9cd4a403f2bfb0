package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.naober.support.Http;
import nl.naober.support.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The screens as people use them, in headless Chromium with the production login: Keycloak's own login page,
 * then Naober in keycloak mode. axe-core checks every main screen (zero WCAG 2.1 A/AA violations) and the
 * screenshots land in {@code target/screenshots}.
 */
@NaoberE2ETest
class ScreensE2E {

    private static final Map<String, Integer> VIOLATIONS_PER_PAGE = new LinkedHashMap<>();

    private final KeycloakServer keycloak = KeycloakServer.get();
    private final String naober = keycloak.naoberBaseUrl();
    private Chromium browser;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @AfterAll
    static void printAccessibilitySummary() {
        System.out.println("axe-core WCAG 2.1 A/AA violations per page: " + VIOLATIONS_PER_PAGE);
    }

    @Test
    void aCoordinatorLogsInWorksAFamilyProposesAMatchAndLogsOut() {
        browser.open(naober + "/werk");
        assertThat(browser.url()).as("sent to Keycloak's login page").startsWith(keycloak.issuer());
        assertThat(browser.text()).contains("Inloggen");
        browser.screenshot("00-keycloak-login");
        browser.logInOnKeycloak("coordinator.meppel", Http.DEMO_PASSWORD);

        assertThat(browser.path()).isEqualTo("/werk");
        assertThat(browser.text()).contains("Mijn werk");
        checkAccessible("01-mijn-werk");

        browser.open(naober + "/gezinnen");
        checkAccessible("02-gezinnen");

        int before = matches("t_meppel");
        proposeTheFirstSuggestionForAWaitingFamily();
        assertThat(browser.path()).as(browser.text()).startsWith("/koppelingen/");
        assertThat(browser.text()).contains("De koppeling is voorgesteld.");
        assertThat(matches("t_meppel")).isEqualTo(before + 1);
        checkAccessible("05-koppeling");

        browser.open(naober + "/steungezinnen");
        checkAccessible("06-steungezinnen");
        browser.open(naober + "/koppelingen");
        checkAccessible("07-koppelingen");

        String family = Sql.strings("select id::text from t_meppel.family order by created_at limit 1")
                .get(0);
        browser.open(naober + "/gezinnen/" + family + "/inzage");
        assertThat(browser.text()).contains("Wie heeft het dossier van").contains("coordinator.meppel");
        checkAccessible("07-wie-heeft-ingezien");
        browser.open(naober + "/gezinnen/" + family + "/gegevensoverzicht");
        assertThat(browser.text()).contains("Gegevensoverzicht", "Download als PDF");
        checkAccessible("07b-gegevensoverzicht");
        browser.resize(390, 844);
        browser.open(naober + "/gezinnen/" + family + "/gegevensoverzicht");
        assertThat(horizontalOverflow()).as("the overview fits a phone's width").isLessThanOrEqualTo(0);
        checkAccessible("07d-gegevensoverzicht-telefoon");
        browser.resize(1280, 900);

        String left = Sql.strings("select f.id::text from t_meppel.family f"
                        + " where f.status in ('CLOSED', 'WITHDRAWN', 'DECLINED') and f.anonymised_on is null"
                        + " and not exists (select 1 from t_meppel.family_match m where m.family_id = f.id"
                        + " and m.status in ('PROPOSED', 'TRIAL', 'ACTIVE'))"
                        + " and not exists (select 1 from t_meppel.erasure_request e where e.subject_id = f.id"
                        + " and e.status = 'REQUESTED') order by f.created_at limit 1")
                .get(0);
        browser.open(naober + "/gezinnen/" + left);
        browser.find(By.xpath("//summary[normalize-space()='Verzoek tot verwijdering indienen']"))
                .click();
        new Select(browser.find(By.id("erasure-ground"))).selectByValue("CONSENT_WITHDRAWN");
        browser.clickAndWait(browser.find(By.xpath("//button[normalize-space()='Verzoek indienen']")));
        assertThat(browser.text()).contains("Het verzoek tot verwijdering is ingediend");
        assertThat(Sql.count(
                        "select count(*) from t_meppel.erasure_request where subject_id = ?::uuid"
                                + " and status = 'REQUESTED' and requested_by = 'coordinator.meppel'",
                        left))
                .isEqualTo(1);
        checkAccessible("07c-verwijderverzoek-ingediend");

        browser.clickAndWait(browser.find(By.xpath("//button[normalize-space()='Uitloggen']")));
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.text()).contains("Je bent uitgelogd.");
        checkAccessible("08-uitgelogd");

        browser.open(naober + "/werk");
        assertThat(browser.url())
                .as("the Keycloak session ended too: the login form again, not straight back in")
                .startsWith(keycloak.issuer());
        assertThat(browser.findAll(By.id("username"))).isNotEmpty();
    }

    @Test
    void aPolicyOfficerSeesTheDashboardAndNoPersonalData() {
        logIn("policy.meppel");
        assertThat(browser.path()).as("a policy officer lands on the dashboard").isEqualTo("/monitoring");
        assertThat(browser.text()).contains("Beleidsmedewerker").contains("Meppel");
        assertThat(browser.find(By.cssSelector("#wie a.who-password")).getAttribute("href"))
                .as("Keycloak owns the password: the header leads to its account page")
                .isEqualTo(keycloak.issuer() + "/account");
        checkAccessible("10-beleid-start");

        browser.open(naober + "/monitoring");
        assertThat(browser.text()).contains("Monitoring", "Aanmeldingen per maand", "ndicatief");
        checkAccessible("12-monitoring-dashboard");
        browser.open(naober + "/monitoring/evaluatieperiodes");
        checkAccessible("13-evaluatieperiodes");

        List<String> parents = Sql.strings("select parent_name from t_meppel.family");
        assertThat(parents).isNotEmpty();
        browser.open(naober + "/monitoring");
        String dashboard = browser.text();
        assertThat(parents).noneSatisfy(name -> assertThat(dashboard).contains(name));
        for (String page : List.of("/werk", "/gezinnen", "/steungezinnen", "/koppelingen")) {
            browser.open(naober + page);
            String text = browser.text();
            assertThat(text).as(page).contains("Geen toegang");
            assertThat(parents).as(page).noneSatisfy(name -> assertThat(text).contains(name));
        }
        checkAccessible("11-beleid-geen-toegang");
    }

    @Test
    void aPrivacyOfficerSearchesTheAccessLogAndSeesNoCaseData() {
        logIn("privacy.meppel");
        assertThat(browser.text()).contains("Functionaris gegevensbescherming").contains("Meppel");
        checkAccessible("30-privacy-start");

        browser.open(naober + "/privacy/logboek");
        assertThat(browser.text()).contains("Logboek", "regels");
        checkAccessible("31-privacy-logboek");
        browser.open(naober + "/privacy/logboek?person=geen-nummer&from=2026-12-31&to=2026-12-01");
        assertThat(browser.text()).contains("Pas de zoekvraag aan");
        checkAccessible("32-privacy-logboek-fout");
        browser.open(naober + "/privacy/verzoeken");
        assertThat(browser.text()).contains("Verzoeken om goedkeuring");
        checkAccessible("33-privacy-verzoeken");
        browser.open(naober + "/privacy/bewaren");
        assertThat(browser.text()).contains("Bewaartermijnen", "Wat de volgende ronde doet");
        checkAccessible("34-privacy-bewaren");

        List<String> parents = Sql.strings("select parent_name from t_meppel.family");
        for (String page : List.of("/werk", "/gezinnen", "/steungezinnen", "/koppelingen", "/monitoring")) {
            browser.open(naober + page);
            String text = browser.text();
            assertThat(text).as(page).contains("Geen toegang");
            assertThat(parents).as(page).noneSatisfy(name -> assertThat(text).contains(name));
        }
        assertThat(Sql.count("select count(*) from t_meppel.access_log where username = 'privacy.meppel'"
                        + " and user_role = 'PRIVACY_OFFICER' and action = 'QUERY'"))
                .as("the searches are in the log, under the Keycloak user")
                .isPositive();
    }

    @Test
    void aNetworkAdminReachesOnlyItsOwnNetwork() {
        logIn("admin.buurtgezinnen");
        browser.open(naober + "/beheer");
        String list = browser.text();
        assertThat(list).contains("Meppel", "Hoogeveen", "De Wolden").doesNotContain("Emmen", "Borger-Odoorn");
        checkAccessible("20-beheer-gemeenten");

        browser.open(naober + "/beheer/gemeenten/meppel");
        assertThat(browser.text()).contains("Meppel");
        checkAccessible("21-beheer-gemeente");

        browser.open(naober + "/beheer/gemeenten/nieuw");
        checkAccessible("22-beheer-nieuwe-gemeente");

        browser.open(naober + "/beheer/monitoring");
        assertThat(browser.text())
                .contains("Kerncijfers per gemeente", "Meppel")
                .doesNotContain("Emmen");
        checkAccessible("23-beheer-monitoring");

        browser.open(naober + "/beheer/gemeenten/emmen");
        assertThat(browser.text()).doesNotContain("Borger-Odoorn").contains("Niet gevonden");
        browser.open(naober + "/gezinnen");
        assertThat(browser.text()).contains("Geen toegang");
    }

    @Test
    void aKeycloakUserWithoutMembershipGetsNoSession() {
        new KeycloakAdmin(keycloak)
                .createUser(
                        "naober",
                        "policy.zonder-gemeente",
                        Http.DEMO_PASSWORD,
                        "policy-officer",
                        KeycloakAdmin.object());
        browser.open(naober + "/");
        browser.logInOnKeycloak("policy.zonder-gemeente", Http.DEMO_PASSWORD);

        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.text()).contains("geen rol of gemeente");
        browser.open(naober + "/werk");
        assertThat(browser.path()).as("still no session").doesNotStartWith("/werk");
    }

    private void logIn(String username) {
        browser.open(naober + "/");
        browser.logInOnKeycloak(username, Http.DEMO_PASSWORD);
    }

    private void proposeTheFirstSuggestionForAWaitingFamily() {
        browser.open(naober + "/gezinnen?status=WAITING");
        List<String> families = new ArrayList<>();
        for (WebElement link : browser.findAll(By.cssSelector("tbody th a"))) {
            families.add(link.getAttribute("href"));
        }
        assertThat(families).as("waiting families in the Meppel demo").isNotEmpty();
        for (String family : families) {
            browser.open(family);
            List<WebElement> suggestions = browser.findAll(By.linkText("Koppelvoorstellen"));
            if (suggestions.isEmpty()) {
                continue;
            }
            checkAccessible("03-gezin");
            browser.clickAndWait(suggestions.get(0));
            List<WebElement> propose = browser.findAll(By.xpath("//button[normalize-space()='Koppeling voorstellen']"));
            if (propose.isEmpty()) {
                continue;
            }
            assertThat(browser.text()).contains("Score");
            checkAccessible("04-suggesties");
            browser.clickAndWait(propose.get(0));
            return;
        }
        throw new AssertionError("no waiting Meppel family with a suggestion to propose: " + families);
    }

    private void checkAccessible(String page) {
        browser.screenshot(page);
        List<String> violations = browser.accessibilityViolations(page + " " + browser.path());
        VIOLATIONS_PER_PAGE.put(page, violations.size());
        assertThat(violations).as("axe-core WCAG 2.1 A/AA on " + page).isEmpty();
    }

    /** How many pixels the page is wider than the window: more than 0 means sideways scrolling. */
    private long horizontalOverflow() {
        return ((Number) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .longValue();
    }

    private static int matches(String schema) {
        return Sql.count("select count(*) from " + schema + ".family_match");
    }
}
