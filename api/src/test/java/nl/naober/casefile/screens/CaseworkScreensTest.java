package nl.naober.casefile.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyView;
import nl.naober.matching.MatchService;
import nl.naober.matching.MatchView;
import nl.naober.support.Browser;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.supportfamily.SupportFamilyView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The coordinator's Dutch screens over real HTTP, logged in through the form, on real PostgreSQL. */
@NaoberIntegrationTest
class CaseworkScreensTest {

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
    void myWorkShowsTheWaitingFamilyWithItsDaysAndTheNeedToRecruit() {
        FamilyView waiting = emmen.waitingFamily("Wachtend Gezin " + suffix);

        HttpResponse<String> all = coordinator.get("/werk?scope=all");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body())
                .contains("<html lang=\"nl\"")
                .contains("Mijn werk")
                .contains("Hele gemeente")
                .contains("Langst wachtend")
                .contains("Wachtend Gezin " + suffix)
                .contains("30 dagen")
                .contains("werving nodig")
                .contains("/gezinnen/" + waiting.id())
                .contains("Proefperiodes die binnen 14 dagen aflopen")
                .contains("Evaluaties die eraan komen")
                .contains("Nametingen 12 maanden na afsluiten")
                .contains("id=\"nameting\"")
                .contains("VOG");

        HttpResponse<String> mine = coordinator.get("/werk");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("Mijn gezinnen").doesNotContain("Wachtend Gezin " + suffix);
    }

    @Test
    void theFamilyListAndDetailShowStatusInWordsAndTheTimeline() {
        FamilyView family = emmen.waitingFamily("Lijst Gezin " + suffix);

        HttpResponse<String> list = coordinator.get("/gezinnen?q=" + suffix);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains("Lijst Gezin " + suffix)
                .contains("Wachtend")
                .contains("1 gevonden");

        HttpResponse<String> detail = coordinator.get("/gezinnen/" + family.id());
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body())
                .contains("Lijst Gezin " + suffix)
                .contains("<strong>Wachtend</strong>")
                .contains("Lotte")
                .contains("woensdagmiddag")
                .contains("Koppelvoorstellen")
                .contains("Tijdlijn")
                .contains("Status: Aangemeld → Intake")
                .contains("Status: Intake → Wachtend");
    }

    @Test
    void aRegistrationWithErrorsComesBackWithASummaryAndWhatWasTyped() {
        HttpResponse<String> form = coordinator.get("/gezinnen/nieuw");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Gezin aanmelden").contains("maandagochtend");

        HttpResponse<String> refused = coordinator.post(
                "/gezinnen/nieuw",
                List.of(
                        Map.entry("parentName", "Getypte Naam " + suffix),
                        Map.entry("postcode", "12"),
                        Map.entry("numberOfChildren", "2"),
                        Map.entry("preferredDayParts", "FRIDAY_EVENING"),
                        Map.entry("reasons", "POVERTY")));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Er is iets niet goed ingevuld")
                .contains("href=\"#postcode\"")
                .contains("Vul een Nederlandse postcode in, zoals 7941 AB.")
                .contains("href=\"#consentGiven\"")
                .contains("Zonder toestemming")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"Getypte Naam " + suffix + "\"")
                .contains("value=\"12\"")
                .containsPattern("value=\"FRIDAY_EVENING\"\\s+checked")
                .containsPattern("value=\"POVERTY\"\\s+checked");

        HttpResponse<String> registered = coordinator.post(
                "/gezinnen/nieuw",
                List.of(
                        Map.entry("parentName", "Nieuw Gezin " + suffix),
                        Map.entry("postcode", "7811ab"),
                        Map.entry("numberOfChildren", "1"),
                        Map.entry("dayPartsPerWeek", "1"),
                        Map.entry("source", "SELF_REGISTRATION"),
                        Map.entry("consentGiven", "true"),
                        Map.entry("children[0].firstName", "Sem"),
                        Map.entry(
                                "children[0].birthDate",
                                LocalDate.now().minusYears(4).toString())));
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(registered.uri().getPath()).startsWith("/gezinnen/");
        assertThat(registered.body())
                .contains("Het gezin is aangemeld.")
                .contains("Nieuw Gezin " + suffix)
                .contains("7811 AB")
                .contains("Sem")
                .contains("<strong>Aangemeld</strong>");
    }

    @Test
    void aChildWithErrorsKeepsItsValuesOnTheDetailPage() {
        FamilyView family = emmen.registeredFamily("Kind Gezin " + suffix);
        HttpResponse<String> refused = coordinator.post(
                "/gezinnen/" + family.id() + "/kinderen",
                List.of(Map.entry("needsText", "Slaapt slecht"), Map.entry("birthDate", "2999-01-01")));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Er is iets niet goed ingevuld")
                .contains("href=\"#child-firstName\"")
                .contains("Vul de voornaam van het kind in.")
                .contains("De geboortedatum ligt in het verleden.")
                .contains("Slaapt slecht")
                .contains("value=\"2999-01-01\"");
    }

    @Test
    void aStatusButtonWorksAndAnIllegalStepShowsTheDutchConflict() {
        FamilyView family = emmen.registeredFamily("Status Gezin " + suffix);
        String path = "/gezinnen/" + family.id();
        assertThat(coordinator.get(path).body()).contains("Intake starten").doesNotContain("Op de wachtlijst zetten");

        HttpResponse<String> moved = coordinator.post(
                path + "/status",
                List.of(Map.entry("target", "INTAKE"), Map.entry("version", String.valueOf(family.version()))));
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.body()).contains("De status is gewijzigd.").contains("<strong>Intake</strong>");

        long version = emmen.in(() -> families.get(family.id())).version();
        HttpResponse<String> refused = coordinator.post(
                path + "/status",
                List.of(Map.entry("target", "MATCHED"), Map.entry("version", String.valueOf(version))));
        // refused: back on the family's page (post/redirect/get), the lines in its problem box
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.uri().getPath()).isEqualTo(path);
        assertThat(refused.body())
                .contains("Dit kan niet")
                .contains("Van ‘Intake’ naar ‘Gekoppeld’ kan niet.")
                .contains("Status Gezin " + suffix)
                .doesNotContain("Exception");

        HttpResponse<String> stale = coordinator.post(
                path + "/status",
                List.of(Map.entry("target", "WAITING"), Map.entry("version", String.valueOf(family.version()))));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.uri().getPath()).isEqualTo(path);
        assertThat(stale.body()).contains("Iemand anders heeft dit intussen gewijzigd.");
    }

    @Test
    void suggestionsExplainTheScoreAndAProposalLeadsToTheMatchPage() {
        SupportFamilyView supportFamily = emmen.availableSupportFamily("Steungezin Suggestie " + suffix);
        FamilyView family = emmen.waitingFamily("Vraaggezin Suggestie " + suffix);

        HttpResponse<String> page = coordinator.get("/gezinnen/" + family.id() + "/suggesties");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Koppelvoorstellen voor Vraaggezin Suggestie " + suffix)
                .contains("Steungezin Suggestie " + suffix)
                .contains("Score: ")
                .contains("Toelichting")
                .contains("Koppeling voorstellen");

        HttpResponse<String> noDayParts = coordinator.post(
                "/gezinnen/" + family.id() + "/suggesties",
                List.of(
                        Map.entry("supportFamilyId", supportFamily.id().toString()),
                        Map.entry("childIds", family.children().get(0).id().toString())));
        assertThat(noDayParts.body()).contains("Kies minstens één dagdeel.");

        HttpResponse<String> proposed = coordinator.post(
                "/gezinnen/" + family.id() + "/suggesties",
                List.of(
                        Map.entry("supportFamilyId", supportFamily.id().toString()),
                        Map.entry("childIds", family.children().get(0).id().toString()),
                        Map.entry("dayParts", "WEDNESDAY_AFTERNOON")));
        assertThat(proposed.statusCode()).isEqualTo(200);
        assertThat(proposed.uri().getPath()).startsWith("/koppelingen/");
        assertThat(proposed.body())
                .contains("De koppeling is voorgesteld.")
                .contains("<strong>Voorgesteld</strong>")
                .contains("Vraaggezin Suggestie " + suffix)
                .contains("Steungezin Suggestie " + suffix)
                .contains("woensdagmiddag")
                .contains("Proefperiode starten");

        HttpResponse<String> again = coordinator.post(
                "/gezinnen/" + family.id() + "/suggesties",
                List.of(
                        Map.entry("supportFamilyId", supportFamily.id().toString()),
                        Map.entry("childIds", family.children().get(0).id().toString()),
                        Map.entry("dayParts", "WEDNESDAY_AFTERNOON")));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.uri().getPath()).isEqualTo("/gezinnen/" + family.id() + "/suggesties");
        assertThat(again.body()).contains("Het gezin heeft al een lopende koppeling.");

        HttpResponse<String> afterwards = coordinator.get("/gezinnen/" + family.id() + "/suggesties");
        assertThat(afterwards.body())
                .as("the open match is named up front, with no proposal form that would be refused")
                .contains("Dit gezin heeft al een lopende koppeling (status: Voorgesteld).")
                .contains("Naar de lopende koppeling")
                .doesNotContain("Koppeling voorstellen");

        String matchPath = proposed.uri().getPath();
        MatchView match = emmen.in(() -> matches.ofFamily(family.id()).get(0));
        HttpResponse<String> trial = coordinator.post(
                matchPath + "/proefperiode", List.of(Map.entry("version", String.valueOf(match.version()))));
        assertThat(trial.statusCode()).isEqualTo(200);
        assertThat(trial.body())
                .contains("De proefperiode is gestart.")
                .contains("<strong>Proefperiode</strong>")
                .contains("Evaluatie van de proefperiode")
                .contains("Contactmoment");

        long version = emmen.in(() -> matches.get(match.id())).version();
        HttpResponse<String> cancel =
                coordinator.post(matchPath + "/annuleren", List.of(Map.entry("version", String.valueOf(version))));
        assertThat(cancel.statusCode()).isEqualTo(200);
        assertThat(cancel.uri().getPath()).isEqualTo(matchPath);
        assertThat(cancel.body()).contains("Van ‘Proefperiode’ naar ‘Geannuleerd’ kan niet.");

        HttpResponse<String> contactWithoutWhom =
                coordinator.post(matchPath + "/contacten", List.of(Map.entry("notes", "Gebeld met moeder")));
        assertThat(contactWithoutWhom.statusCode()).isEqualTo(200);
        assertThat(contactWithoutWhom.body())
                .contains("href=\"#contact-withWhom\"")
                .contains("Kies met wie er contact was.")
                .contains("Gebeld met moeder");

        HttpResponse<String> contact = coordinator.post(
                matchPath + "/contacten",
                List.of(Map.entry("withWhom", "FAMILY"), Map.entry("notes", "Gebeld met moeder")));
        assertThat(contact.body()).contains("Het contactmoment is vastgelegd.").contains("Contactmoment met: Gezin");

        HttpResponse<String> list = coordinator.get("/koppelingen?status=TRIAL");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Vraaggezin Suggestie " + suffix).contains("Proefperiode");
    }

    @Test
    void supportFamilyScreensShowMembersWithTheirVog() {
        SupportFamilyView supportFamily = emmen.availableSupportFamily("Steungezin Lijst " + suffix);

        HttpResponse<String> list = coordinator.get("/steungezinnen?q=" + suffix);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Steungezin Lijst " + suffix).contains("Beschikbaar");

        HttpResponse<String> detail = coordinator.get("/steungezinnen/" + supportFamily.id());
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body())
                .contains("Steungezin Lijst " + suffix)
                .contains("Henk")
                .contains("geldig")
                .contains("Pauzeren")
                .contains("Kennismaking: Geschikt")
                .contains("Status: In screening → Beschikbaar");

        HttpResponse<String> form = coordinator.post(
                "/steungezinnen/nieuw",
                List.of(Map.entry("householdName", ""), Map.entry("postcode", "7811 AB"), Map.entry("capacity", "9")));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body())
                .contains("href=\"#householdName\"")
                .contains("Het steungezin kan 1 tot 6 kinderen opvangen.")
                .contains("value=\"9\"");
    }

    @Test
    void onlyTheOwnMunicipalitysCoordinatorSeesTheScreens() {
        FamilyView family = emmen.registeredFamily("Afgeschermd Gezin " + suffix);
        String path = "/gezinnen/" + family.id();

        Browser policy = Browser.loggedIn(port, "policy.emmen");
        assertThat(policy.get("/werk").statusCode()).isEqualTo(403);
        HttpResponse<String> forbidden = policy.get(path);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).doesNotContain("Afgeschermd Gezin");

        HttpResponse<String> anonymous = Browser.anonymous(port).get("/werk");
        assertThat(anonymous.uri().getPath()).isEqualTo("/login");

        HttpResponse<String> otherMunicipality =
                Browser.loggedIn(port, "coordinator.meppel").get(path);
        assertThat(otherMunicipality.statusCode()).isEqualTo(404);
        assertThat(otherMunicipality.body()).contains("Niet gevonden").doesNotContain("Afgeschermd Gezin");

        assertThat(coordinator.get("/gezinnen/geen-nummer").statusCode()).isEqualTo(404);
    }
}
