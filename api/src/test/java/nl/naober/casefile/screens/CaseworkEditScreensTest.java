package nl.naober.casefile.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.family.ChildUpdate;
import nl.naober.family.ChildView;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyUpdate;
import nl.naober.family.FamilyView;
import nl.naober.family.RegistrationReason;
import nl.naober.programme.DayPart;
import nl.naober.support.Browser;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.supportfamily.SupportFamilyUpdate;
import nl.naober.supportfamily.SupportFamilyView;
import nl.naober.timeline.Timeline;
import nl.naober.timeline.TimelineItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

/** Editing families and support families, and notes on their timelines, over real HTTP on real PostgreSQL. */
@NaoberIntegrationTest
class CaseworkEditScreensTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    FamilyService families;

    @Autowired
    SupportFamilyService supportFamilies;

    @Autowired
    Timeline timeline;

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
    void theEditFormIsPrefilledFromWhatIsStored() {
        FamilyView family = emmen.registeredFamily("Bewerk Gezin " + suffix);

        HttpResponse<String> detail = coordinator.get("/gezinnen/" + family.id());
        assertThat(detail.body())
                .contains("Gegevens wijzigen")
                .contains("href=\"/gezinnen/" + family.id() + "/bewerken\"")
                .contains("Notitie toevoegen");

        HttpResponse<String> form = coordinator.get("/gezinnen/" + family.id() + "/bewerken");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body())
                .contains("Gegevens van Bewerk Gezin " + suffix + " wijzigen")
                .contains("value=\"Bewerk Gezin " + suffix + "\"")
                .contains("value=\"Hoofdstraat\"")
                .contains("value=\"7811 AB\"")
                .contains("value=\"Emmen\"")
                .containsPattern("name=\"version\" value=\"" + family.version() + "\"")
                .containsPattern("value=\"WEDNESDAY_AFTERNOON\"\\s+checked")
                .containsPattern("value=\"NO_OWN_NETWORK\"\\s+checked")
                .doesNotContainPattern("value=\"POVERTY\"\\s+checked")
                .contains("Verantwoordelijke coördinator");
    }

    @Test
    void anInvalidEditComesBackWithASummaryAndWhatWasTypedAndStoresNothing() {
        FamilyView family = emmen.registeredFamily("Fout Gezin " + suffix);

        HttpResponse<String> refused = coordinator.post(
                "/gezinnen/" + family.id() + "/bewerken",
                familyFields(family.version(), "", "12", "Getypte Straat " + suffix, DayPart.FRIDAY_EVENING));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Er is iets niet goed ingevuld")
                .containsSubsequence("href=\"#parentName\"", "href=\"#postcode\"")
                .contains("href=\"#parentName\"")
                .contains("Vul de naam van de ouder of verzorger in.")
                .contains("href=\"#postcode\"")
                .contains("Vul een Nederlandse postcode in, zoals 7941 AB.")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"12\"")
                .contains("value=\"Getypte Straat " + suffix + "\"")
                .containsPattern("value=\"FRIDAY_EVENING\"\\s+checked")
                .doesNotContainPattern("value=\"WEDNESDAY_AFTERNOON\"\\s+checked");

        FamilyView stored = emmen.in(() -> families.get(family.id()));
        assertThat(stored.parentName()).isEqualTo("Fout Gezin " + suffix);
        assertThat(stored.version()).isEqualTo(family.version());
    }

    @Test
    void aStaleEditIsRefusedWith409KeepsWhatWasTypedAndShowsWhatIsStoredNow() {
        FamilyView family = emmen.registeredFamily("Oud Gezin " + suffix);
        emmen.in(() -> families.update(family.id(), renamed(family, "Collega Gezin " + suffix)));

        HttpResponse<String> stale = coordinator.post(
                "/gezinnen/" + family.id() + "/bewerken",
                familyFields(
                        family.version(), "Mijn Gezin " + suffix, "7811 AB", "Kerkstraat", DayPart.MONDAY_MORNING));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body())
                .contains("Iemand anders heeft de gegevens van dit gezin gewijzigd terwijl jij aan het bewerken was.")
                .contains("Je wijzigingen zijn niet opgeslagen")
                .contains("Bekijk de huidige gegevens")
                .contains("href=\"/gezinnen/" + family.id() + "\"")
                .contains("<td>Collega Gezin " + suffix + "</td>")
                .contains("<td>Mijn Gezin " + suffix + "</td>")
                .contains("value=\"Mijn Gezin " + suffix + "\"")
                .contains("value=\"Kerkstraat\"")
                .containsPattern("value=\"MONDAY_MORNING\"\\s+checked")
                .doesNotContain("Exception");

        FamilyView stored = emmen.in(() -> families.get(family.id()));
        assertThat(stored.parentName()).isEqualTo("Collega Gezin " + suffix);
        assertThat(stored.street()).isEqualTo("Hoofdstraat");
        assertThat(stored.preferredDayParts()).doesNotContain(DayPart.MONDAY_MORNING);

        long offered = versionIn(stale.body());
        assertThat(offered).isEqualTo(stored.version());
        HttpResponse<String> again = coordinator.post(
                "/gezinnen/" + family.id() + "/bewerken",
                familyFields(offered, "Mijn Gezin " + suffix, "7811 AB", "Kerkstraat", DayPart.MONDAY_MORNING));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("De gegevens zijn gewijzigd.").contains("Mijn Gezin " + suffix);
    }

    /** Issue 17: the child form carries the family's version, so a stale correction no longer overwrites. */
    @Test
    void aStaleChildCorrectionGetsTheConflictPageAndKeepsTheOtherCoordinatorsChange() {
        FamilyView family = emmen.registeredFamily("Kind Bewerk " + suffix);
        ChildView child = family.children().get(0);
        String path = "/gezinnen/" + family.id() + "/kinderen/" + child.id() + "/bewerken";
        assertThat(coordinator.get(path).body()).containsPattern("name=\"version\" value=\"" + family.version() + "\"");
        emmen.in(() -> families.updateChild(
                family.id(),
                child.id(),
                new ChildUpdate("Collega " + suffix, child.birthDate(), Set.of(), null, family.version())));

        HttpResponse<String> stale = coordinator.post(
                path,
                List.of(
                        Map.entry("firstName", "Mijn " + suffix),
                        Map.entry("birthDate", child.birthDate().toString()),
                        Map.entry("version", String.valueOf(family.version()))));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body())
                .contains("Dit kan nu niet")
                .contains("Iemand anders heeft de gegevens intussen gewijzigd")
                .doesNotContain("Exception");
        FamilyView stored = emmen.in(() -> families.get(family.id()));
        assertThat(stored.children().get(0).firstName()).isEqualTo("Collega " + suffix);
        assertThat(stored.version()).isEqualTo(family.version() + 1);
    }

    @Test
    void aSuccessfulEditShowsTheNewDataOnTheDetailPage() {
        FamilyView family = emmen.registeredFamily("Voor Gezin " + suffix);

        List<Map.Entry<String, String>> fields = new ArrayList<>(familyFields(
                family.version(), "Na Gezin " + suffix, "7812cd", "Dorpsstraat", DayPart.THURSDAY_EVENING));
        fields.add(Map.entry("reasons", "POVERTY"));
        HttpResponse<String> saved = coordinator.post("/gezinnen/" + family.id() + "/bewerken", fields);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.uri().getPath()).isEqualTo("/gezinnen/" + family.id());
        assertThat(saved.body())
                .contains("De gegevens zijn gewijzigd.")
                .contains("Na Gezin " + suffix)
                .contains("Dorpsstraat 3")
                .contains("7812 CD")
                .contains("donderdagavond")
                .doesNotContain("woensdagmiddag")
                .contains("Armoede")
                .contains("Gegevens gewijzigd");

        FamilyView stored = emmen.in(() -> families.get(family.id()));
        assertThat(stored.numberOfChildren()).isEqualTo(2);
        assertThat(stored.reasons()).containsExactly(RegistrationReason.POVERTY);
        assertThat(stored.version()).isGreaterThan(family.version());
    }

    @Test
    void aSupportFamilyEditIsPrefilledValidatedRefusedWhenStaleAndSaved() {
        SupportFamilyView supportFamily = emmen.availableSupportFamily("Steungezin Bewerk " + suffix);
        String path = "/steungezinnen/" + supportFamily.id() + "/bewerken";

        assertThat(coordinator.get("/steungezinnen/" + supportFamily.id()).body())
                .contains("href=\"" + path + "\"")
                .contains("Notitie toevoegen");
        HttpResponse<String> form = coordinator.get(path);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body())
                .contains("Gegevens van Steungezin Bewerk " + suffix + " wijzigen")
                .containsPattern("name=\"capacity\" value=\"2\"")
                .containsPattern("name=\"maxAge\" value=\"17\"")
                .containsPattern("value=\"SATURDAY_MORNING\"\\s+checked");

        HttpResponse<String> invalid =
                coordinator.post(path, supportFamilyFields(supportFamily.version(), "9", "3", "Tuin met schommel"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body())
                .contains("href=\"#capacity\"")
                .contains("Het steungezin kan 1 tot 6 kinderen opvangen.")
                .contains("value=\"9\"")
                .contains("Tuin met schommel");

        HttpResponse<String> ages = coordinator.post(
                path,
                List.of(
                        Map.entry("version", String.valueOf(supportFamily.version())),
                        Map.entry("capacity", "2"),
                        Map.entry("minAge", "10"),
                        Map.entry("maxAge", "4")));
        assertThat(ages.statusCode()).isEqualTo(409);
        assertThat(ages.body()).contains("De laagste leeftijd mag niet hoger zijn dan de hoogste.");

        emmen.in(() -> supportFamilies.update(
                supportFamily.id(),
                new SupportFamilyUpdate(
                        supportFamily.version(), CaseData.WEDNESDAY, 1, 0, 17, Set.of(), null, "Alleen weekend")));
        HttpResponse<String> stale =
                coordinator.post(path, supportFamilyFields(supportFamily.version(), "3", "2", "Grote tuin"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body())
                .contains("Iemand anders heeft de gegevens van dit steungezin gewijzigd")
                .contains("Bekijk de huidige gegevens")
                .contains("<td>Alleen weekend</td>")
                .contains("Grote tuin");
        assertThat(emmen.in(() -> supportFamilies.get(supportFamily.id())).capacity())
                .isEqualTo(1);

        HttpResponse<String> saved =
                coordinator.post(path, supportFamilyFields(versionIn(stale.body()), "3", "2", "Grote tuin"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.uri().getPath()).isEqualTo("/steungezinnen/" + supportFamily.id());
        assertThat(saved.body())
                .contains("De gegevens zijn gewijzigd.")
                .contains("2 tot en met 12 jaar")
                .contains("Grote tuin")
                .contains("Autisme")
                .contains("vrijdagmiddag");
    }

    @Test
    void aNoteAppearsOnTheTimelineAndAnEmptyOrLongOneComesBackWithItsText() {
        FamilyView family = emmen.registeredFamily("Notitie Gezin " + suffix);
        String path = "/gezinnen/" + family.id() + "/notities";

        HttpResponse<String> empty = coordinator.post(path, List.of(Map.entry("text", "   ")));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body())
                .contains("href=\"#note-text\"")
                .contains("Schrijf een notitie.")
                .contains("aria-invalid=\"true\"");

        String tooLong = "Lang verhaal " + "x".repeat(500);
        HttpResponse<String> longNote = coordinator.post(path, List.of(Map.entry("text", tooLong)));
        assertThat(longNote.statusCode()).isEqualTo(200);
        assertThat(longNote.body())
                .contains("Een notitie is hoogstens 500 tekens.")
                .contains(tooLong);

        HttpResponse<String> added =
                coordinator.post(path, List.of(Map.entry("text", "Moeder belde over de vakantie " + suffix)));
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.uri().getPath()).isEqualTo("/gezinnen/" + family.id());
        assertThat(added.body())
                .contains("De notitie is toegevoegd.")
                .contains("Notitie: Moeder belde over de vakantie " + suffix)
                .doesNotContain("Lang verhaal");

        SupportFamilyView supportFamily = emmen.availableSupportFamily("Steungezin Notitie " + suffix);
        HttpResponse<String> supportNote = coordinator.post(
                "/steungezinnen/" + supportFamily.id() + "/notities",
                List.of(Map.entry("text", "Henk heeft een nieuwe baan " + suffix)));
        assertThat(supportNote.uri().getPath()).isEqualTo("/steungezinnen/" + supportFamily.id());
        assertThat(supportNote.body())
                .contains("De notitie is toegevoegd.")
                .contains("Notitie: Henk heeft een nieuwe baan " + suffix);
    }

    @Test
    void aPolicyOfficerCanNeitherEditNorAddNotes() {
        FamilyView family = emmen.registeredFamily("Beleid Gezin " + suffix);
        SupportFamilyView supportFamily = emmen.availableSupportFamily("Steungezin Beleid " + suffix);

        Browser policy = Browser.loggedIn(port, "policy.emmen");
        assertThat(policy.get("/").body()).as("a CSRF token to post with").contains("name=\"_csrf\"");

        HttpResponse<String> editPage = policy.get("/gezinnen/" + family.id() + "/bewerken");
        assertThat(editPage.statusCode()).isEqualTo(403);
        assertThat(editPage.body()).doesNotContain("Beleid Gezin");
        assertThat(policy.get("/steungezinnen/" + supportFamily.id() + "/bewerken")
                        .statusCode())
                .isEqualTo(403);

        policy.get("/");
        HttpResponse<String> edit = policy.post(
                "/gezinnen/" + family.id() + "/bewerken",
                familyFields(
                        family.version(), "Beleid Anders " + suffix, "7811 AB", "Hoofdstraat", DayPart.MONDAY_MORNING));
        assertThat(edit.statusCode()).isEqualTo(403);

        policy.get("/");
        HttpResponse<String> note = policy.post(
                "/gezinnen/" + family.id() + "/notities", List.of(Map.entry("text", "Beleid schrijft " + suffix)));
        assertThat(note.statusCode()).isEqualTo(403);
        assertThat(note.body()).contains("alleen voor coördinatoren");

        assertThat(emmen.in(() -> families.get(family.id())).parentName()).isEqualTo("Beleid Gezin " + suffix);
        List<TimelineItem> items = emmen.in(
                () -> timeline.ofFamily(family.id(), PageRequest.of(0, 50)).getContent());
        assertThat(items)
                .noneMatch(item -> item.kind().equals("NOTE") || item.kind().equals("DETAILS_CHANGED"));
    }

    private static List<Map.Entry<String, String>> familyFields(
            long version, String parentName, String postcode, String street, DayPart dayPart) {
        return List.of(
                Map.entry("version", String.valueOf(version)),
                Map.entry("parentName", parentName),
                Map.entry("street", street),
                Map.entry("houseNumber", "3"),
                Map.entry("postcode", postcode),
                Map.entry("city", "Emmen"),
                Map.entry("numberOfChildren", "2"),
                Map.entry("dayPartsPerWeek", "1"),
                Map.entry("preferredDayParts", dayPart.name()));
    }

    private static List<Map.Entry<String, String>> supportFamilyFields(
            long version, String capacity, String minAge, String preferences) {
        return List.of(
                Map.entry("version", String.valueOf(version)),
                Map.entry("capacity", capacity),
                Map.entry("minAge", minAge),
                Map.entry("maxAge", "12"),
                Map.entry("availableDayParts", "FRIDAY_AFTERNOON"),
                Map.entry("experience", "AUTISM"),
                Map.entry("preferences", preferences));
    }

    private static FamilyUpdate renamed(FamilyView family, String parentName) {
        return new FamilyUpdate(
                family.version(),
                parentName,
                family.secondParentName(),
                family.contactEmail(),
                family.phone(),
                family.street(),
                family.houseNumber(),
                family.postcode(),
                family.city(),
                family.latitude(),
                family.longitude(),
                family.numberOfChildren(),
                family.reasons(),
                family.reasonOther(),
                family.dayPartsPerWeek(),
                family.preferredDayParts(),
                family.coordinator());
    }

    private static long versionIn(String page) {
        Matcher matcher = VERSION.matcher(page);
        assertThat(matcher.find()).as("a hidden version on the form").isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
