package nl.naober.e2e;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.naober.settings.web.AdminHttp;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, "case work that fits how coordinators plan", as a coordinator of Hoogeveen does it in Chromium: a visit
 * planned ahead on the family page appears in Mijn werk this week, is moved, and "Vastleggen" records the intake;
 * Mijn werk lists open signals and matches in their first weeks, and "werving nodig" only under the municipality's
 * threshold; the calendar feed's address is made on "Agenda-koppeling", downloads over real HTTP as iCalendar with
 * first names only, and answers 404 once revoked. Screenshots: {@code target/screenshots/planning-*}.
 */
@LocalScreensE2ETest
class PlanningE2E {

    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");
    private static final Set<String> WEDNESDAY = Set.of("WEDNESDAY_AFTERNOON");

    @LocalServerPort
    int port;

    @Test
    void aVisitPlannedAheadIsInMijnWerkAndDoingItRecordsTheIntake() {
        Http http = new Http(port);
        CaseWork hoogeveen = new CaseWork(http, "hoogeveen");
        String surname = "Planhof" + System.nanoTime();
        JsonNode family = hoogeveen.registerFamily(
                "Bente " + surname,
                52.72,
                6.47,
                WEDNESDAY,
                List.of(child("Mees", LocalDate.now().minusYears(4))));
        String familyPage = "/gezinnen/" + id(family);

        try (LocalScreens screens = LocalScreens.open(port)) {
            Chromium browser = screens.browser();
            screens.logIn("coordinator.hoogeveen");
            screens.go(familyPage);
            browser.find(By.cssSelector("#afspraken summary")).click();
            setValue(browser, "plan-date", today().plusDays(1).toString());
            setValue(browser, "plan-time", "10:30");
            browser.find(By.id("plan-place")).sendKeys("Bij het gezin thuis");
            browser.clickAndWait(browser.find(By.cssSelector("#afspraken form button[type=submit]")));
            assertThat(browser.path()).isEqualTo(familyPage);
            assertThat(browser.text()).contains("Het bezoek is gepland.");
            screens.checkWideAndNarrow("planning-01-gezin-bezoek-gepland", null, "Kennismaking gezin Bente");

            screens.checkWideAndNarrow("planning-02-mijn-werk-deze-week", "/werk", "Kennismaking gezin Bente");
            assertThat(section(browser, "afspraken-kop").getText())
                    .contains("Kennismaking gezin Bente")
                    .contains("Bij het gezin thuis")
                    .doesNotContain(surname);

            // A future visit cannot be recorded yet; it is moved to today first.
            browser.clickAndWait(browser.find(By.cssSelector("a[aria-label='Kennismaking gezin Bente verplaatsen']")));
            screens.checkWideAndNarrow("planning-03-verplaatsen", null, "Kennismaking gezin Bente");
            setValue(browser, "date", today().toString());
            setValue(browser, "time", "09:00");
            browser.clickAndWait(browser.find(By.cssSelector("main form button[type=submit]")));
            assertThat(browser.text()).contains("Het bezoek is verplaatst.");

            screens.go("/werk");
            browser.clickAndWait(browser.find(By.cssSelector("a[aria-label='Kennismaking gezin Bente vastleggen']")));
            assertThat(browser.path()).isEqualTo(familyPage);
            assertThat(browser.find(By.id("intake-visitDate")).getAttribute("value"))
                    .isEqualTo(today().toString());
            new Select(browser.find(By.id("intake-outcome"))).selectByValue("SUITABLE");
            screens.check("planning-04-bezoek-vastleggen", null, "Je legt een gepland bezoek vast");
            browser.clickAndWait(browser.find(By.cssSelector("#kennismakingen form button[type=submit]")));
            assertThat(browser.text()).contains("De kennismaking is vastgelegd").contains("Geen geplande bezoeken.");

            screens.go("/werk");
            assertThat(section(browser, "afspraken-kop").getText()).doesNotContain("Kennismaking gezin Bente");
        }
        JsonNode recorded = ok(http.get(hoogeveen.base() + "/families/" + id(family), hoogeveen.coordinator()));
        assertThat(recorded.get("status").asString()).isEqualTo("INTAKE");
        assertThat(recorded.get("intakes")).hasSize(1);
        assertThat(recorded.get("intakes").get(0).get("visitDate").asString()).isEqualTo(today().toString());
    }

    @Test
    void mijnWerkShowsOpenSignalsFirstWeeksAndRecruitmentOnlyUnderTheThreshold() {
        Http http = new Http(port);
        CaseWork hoogeveen = new CaseWork(http, "hoogeveen");
        String tag = String.valueOf(System.nanoTime());
        JsonNode matched = waitingFamily(http, hoogeveen, "Carla Eerstweek" + tag, WEDNESDAY, 5);
        JsonNode supportFamily = hoogeveen.makeAvailable(
                hoogeveen.registerSupportFamily("Eerstweek" + tag, 52.72, 6.47, WEDNESDAY, 3, Set.of()));
        hoogeveen.makeAvailable(
                hoogeveen.registerSupportFamily("Tweedeweek" + tag, 52.72, 6.47, WEDNESDAY, 3, Set.of()));
        JsonNode match = hoogeveen.propose(matched, supportFamily, WEDNESDAY);
        String matchPath = hoogeveen.base() + "/matches/" + id(match);
        ok(http.post(
                matchPath + "/trial",
                hoogeveen.coordinator(),
                Http.json(Map.of("version", match.get("version").asLong()))));
        created(http.post(matchPath + "/signals", hoogeveen.coordinator(), Http.json(Map.of("kind", "DEBTS"))));
        JsonNode fits = waitingFamily(http, hoogeveen, "Dirk Werving" + tag, WEDNESDAY, 5);
        JsonNode noneFit = waitingFamily(http, hoogeveen, "Eva Werving" + tag, Set.of("SUNDAY_EVENING"), 17);

        String settings = "/api/v1/admin/municipalities/hoogeveen/settings";
        String admin = Http.basic("admin.buurtgezinnen");
        JsonNode before = ok(http.get(settings, admin));
        Map<String, Object> values = new LinkedHashMap<>();
        before.get("overrides").properties().forEach(e -> values.put(e.getKey(), e.getValue()));
        values.put("recruitmentThreshold", 1);
        JsonNode changed = ok(AdminHttp.put(
                http,
                settings,
                admin,
                Http.json(Map.of(
                        "values", values, "version", before.get("version").asLong()))));
        try (LocalScreens screens = LocalScreens.open(port)) {
            Chromium browser = screens.browser();
            screens.logIn("coordinator.hoogeveen");
            screens.checkWideAndNarrow("planning-05-mijn-werk-signalen", "/werk", "Signalen die opvolging vragen");
            assertThat(section(browser, "signalen").getText()).contains("Carla Eerstweek" + tag);
            assertThat(section(browser, "eerste-weken").getText())
                    .contains("Koppelingen in de eerste 6 weken")
                    .contains("Carla Eerstweek" + tag);
            assertThat(row(browser, "wachtend", "Eva Werving" + tag).getText()).contains("werving nodig");
            assertThat(row(browser, "wachtend", "Dirk Werving" + tag).getText()).doesNotContain("werving nodig");
        } finally {
            Map<String, Object> restored = new LinkedHashMap<>();
            before.get("overrides").properties().forEach(e -> restored.put(e.getKey(), e.getValue()));
            ok(AdminHttp.put(
                    http,
                    settings,
                    admin,
                    Http.json(Map.of(
                            "values",
                            restored,
                            "version",
                            changed.get("version").asLong()))));
        }
        assertThat(fits).isNotNull();
        assertThat(noneFit).isNotNull();
    }

    @Test
    void theCalendarFeedHoldsFirstNamesOnlyAndARevokedAddressAnswers404() throws IOException {
        Http http = new Http(port);
        CaseWork hoogeveen = new CaseWork(http, "hoogeveen");
        String surname = "Agendaweg" + System.nanoTime();
        JsonNode family = hoogeveen.registerFamily(
                "Floor " + surname,
                52.72,
                6.47,
                WEDNESDAY,
                List.of(child("Jip", LocalDate.now().minusYears(6))));
        JsonNode visit = created(http.post(
                hoogeveen.base() + "/appointments",
                hoogeveen.coordinator(),
                Http.json(Map.of(
                        "kind", "FAMILY_INTAKE",
                        "subjectId", id(family).toString(),
                        "date", today().plusDays(2).toString(),
                        "time", "13:15",
                        "place", "Hoofdstraat 1 Hoogeveen"))));

        try (LocalScreens screens = LocalScreens.open(port)) {
            Chromium browser = screens.browser();
            screens.logIn("coordinator.hoogeveen");
            screens.go("/werk");
            browser.clickAndWait(browser.find(By.linkText("Agenda-koppeling: je bezoeken in Outlook")));
            assertThat(browser.path()).isEqualTo("/werk/agenda");
            browser.clickAndWait(browser.find(By.xpath("//button[normalize-space()='Agenda-koppeling maken'"
                    + " or normalize-space()='Nieuw adres maken']")));
            String feedUrl = browser.find(By.id("feed-url")).getAttribute("value");
            assertThat(feedUrl)
                    .startsWith("http://localhost:" + port + "/agenda/hoogeveen/")
                    .endsWith(".ics");
            screens.check("planning-06-agenda-koppeling", null, "Kopieer het nu");

            String path = feedUrl.substring(("http://localhost:" + port).length());
            Http.Response feed = http.get(path, null);
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.header("Content-Type")).startsWith("text/calendar");
            assertThat(feed.body()).doesNotContain(surname).doesNotContain("Hoofdstraat");
            ICalendar calendar;
            try (ICalReader reader = new ICalReader(feed.body())) {
                calendar = reader.readNext();
            }
            VEvent event = calendar.getEvents().stream()
                    .filter(e -> e.getUid().getValue().equals(visit.get("id").asString() + "@naober"))
                    .findFirst()
                    .orElseThrow();
            assertThat(event.getSummary().getValue()).isEqualTo("Kennismaking gezin Floor");
            assertThat(event.getLocation()).isNull();

            screens.go("/werk/agenda");
            screens.checkWideAndNarrow("planning-07-agenda-actief", null, "Koppeling intrekken");
            browser.clickAndWait(browser.find(By.xpath("//button[normalize-space()='Koppeling intrekken']")));
            assertThat(browser.text()).contains("Je agenda-koppeling is ingetrokken");
            assertThat(http.get(path, null).status()).isEqualTo(404);
        }
    }

    /** A family on the waiting list since two years ago (so it is among the longest waiting), one child. */
    private static JsonNode waitingFamily(
            Http http, CaseWork municipality, String name, Set<String> dayParts, int childAge) {
        Map<String, Object> family = new LinkedHashMap<>();
        family.put("parentName", name);
        family.put("postcode", "7901 AA");
        family.put("city", "Hoogeveen");
        family.put("latitude", 52.7233);
        family.put("longitude", 6.4764);
        family.put("numberOfChildren", 1);
        family.put("registrationDate", today().minusYears(2).toString());
        family.put("preferredDayParts", dayParts);
        family.put("consentGiven", true);
        family.put("consentVersion", "2026-1");
        family.put("children", List.of(child("Kind", LocalDate.now().minusYears(childAge))));
        JsonNode registered =
                created(http.post(municipality.base() + "/families", municipality.coordinator(), Http.json(family)));
        JsonNode intake = created(http.post(
                municipality.base() + "/families/" + id(registered) + "/intakes",
                municipality.coordinator(),
                CaseWork.intakeJson()));
        return ok(http.post(
                municipality.base() + "/families/" + id(registered) + "/status",
                municipality.coordinator(),
                Http.json(Map.of(
                        "target", "WAITING", "version", intake.get("version").asLong()))));
    }

    private static void setValue(Chromium browser, String id, String value) {
        browser.script("document.getElementById('" + id + "').value = '" + value + "'; return null;");
    }

    private static WebElement section(Chromium browser, String headingId) {
        return browser.find(By.xpath("//section[@aria-labelledby='" + headingId + "']"));
    }

    private static WebElement row(Chromium browser, String headingId, String name) {
        return section(browser, headingId).findElement(By.xpath(".//tr[.//a[normalize-space()='" + name + "']]"));
    }

    private static LocalDate today() {
        return LocalDate.now(DUTCH);
    }
}
