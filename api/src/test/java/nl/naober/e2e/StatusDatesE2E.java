package nl.naober.e2e;

import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.CaseWork.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.naober.account.LocalAccounts;
import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.municipality.NewMunicipality;
import nl.naober.support.CbsCodes;
import nl.naober.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16, every event on its real date, also on the one-click status buttons, as a coordinator sees it in
 * Chromium: the family page's "Op de wachtlijst zetten" and the support family page's "Pauzeren" have a "Datum"
 * beside them with today filled in; a day in the past is the day the timeline shows ("… · vastgelegd …"); a future
 * day comes back with its message at the field (at 1280 and 390 px). Cases of a municipality of its own, onboarded
 * here. Screenshots {@code statusdates-*}.
 */
@LocalScreensE2ETest
class StatusDatesE2E {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** One municipality for the class (onboarding takes a while); each test adds its own cases. */
    private static String code;

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityProvisioning provisioning;

    @Autowired
    LocalAccounts accounts;

    Http http;
    String base;
    String coordinator;
    LocalScreens screens;

    @BeforeEach
    void open() {
        if (code == null) {
            code = "knopdatum-" + Long.toString(System.nanoTime(), 36);
            provisioning.provision(new NewMunicipality(code, "Knopdatum " + code, CbsCodes.free(), "buurtgezinnen"));
            accounts.createWithHash(
                    CurrentUser.of("coordinator." + code, Role.COORDINATOR, code), accounts.hash(Http.DEMO_PASSWORD));
        }
        http = new Http(port);
        base = "/api/v1/municipalities/" + code;
        coordinator = Http.basic("coordinator." + code);
        screens = LocalScreens.open(port);
        screens.logIn("coordinator." + code);
    }

    @AfterEach
    void close() {
        screens.close();
    }

    @Test
    void aFamilyGoesOnTheWaitingListOnAPastDayAndAFutureDayIsRefusedAtTheField() {
        JsonNode family = family("Knopdatum Gezin " + System.nanoTime(), "2021-05-01", "2021-05-10");
        String page = "/gezinnen/" + id(family);
        screens.go(page);
        WebElement day = screens.browser().find(By.id("status-changedOn"));
        assertThat(day.getAttribute("value"))
                .as("today filled in: one click stays one click")
                .isEqualTo(today());
        assertThat(day.getAttribute("max")).isEqualTo(today());
        // at 1280 px here; the same form is checked at 390 px below (kept short: each check runs axe)
        screens.check("statusdates-01-gezin-datum-bij-knop", null, "Op de wachtlijst zetten");

        // a future day, on a phone: the message at the field, the page still fits
        screens.browser().resize(LocalScreens.PHONE_WIDTH, 844);
        try {
            screens.go(page);
            waitingList(LocalDate.parse(today()).plusDays(1).toString());
            screens.check("statusdates-02-toekomst-bij-veld-telefoon", null, "Deze datum ligt in de toekomst");
            assertThat(screens.horizontalOverflow()).isLessThanOrEqualTo(0);
        } finally {
            screens.browser().resize(LocalScreens.DESKTOP_WIDTH, 900);
        }
        waitingList(LocalDate.parse(today()).plusDays(1).toString());
        screens.check("statusdates-02-toekomst-bij-veld", null, "Deze datum ligt in de toekomst");
        WebElement refused = screens.browser().find(By.id("status-changedOn"));
        assertThat(refused.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(refused.getAttribute("aria-describedby")).isEqualTo("status-changedOn-error");
        assertThat(screens.browser().find(By.id("status-changedOn-error")).getText())
                .startsWith("Deze datum ligt in de toekomst; vandaag is het");
        assertThat(screens.browser()
                        .find(By.cssSelector("#problemen a[href='#status-changedOn']"))
                        .getText())
                .startsWith("Deze datum ligt in de toekomst");
        assertThat(status("/families/" + id(family))).isEqualTo("INTAKE");

        waitingList("2021-05-20");
        assertThat(status("/families/" + id(family))).isEqualTo("WAITING");
        screens.checkWideAndNarrow(
                "statusdates-03-gezin-wachtlijst-tijdlijn", null, "20-05-2021 · vastgelegd " + todayShown());
    }

    @Test
    void aSupportFamilyIsPausedOnAPastDay() {
        JsonNode supportFamily = availableSupportFamily("Knopdatum Steungezin " + System.nanoTime());
        screens.go("/steungezinnen/" + id(supportFamily));
        screens.check("statusdates-04-steungezin-datum-bij-knop", null, "Pauzeren");

        date("2024-03-01");
        screens.browser().clickAndWait(button("Pauzeren"));
        assertThat(status("/support-families/" + id(supportFamily))).isEqualTo("PAUSED");
        screens.checkWideAndNarrow(
                "statusdates-05-steungezin-gepauzeerd-tijdlijn", null, "01-03-2024 · vastgelegd " + todayShown());
    }

    private void waitingList(String day) {
        date(day);
        screens.browser().clickAndWait(button("Op de wachtlijst zetten"));
    }

    /** A date input filled as the browser's date picker does (its typed format depends on the locale). */
    private void date(String isoDate) {
        screens.browser()
                .script(
                        "arguments[0].value = arguments[1];",
                        screens.browser().find(By.id("status-changedOn")),
                        isoDate);
    }

    private WebElement button(String text) {
        return screens.browser()
                .find(By.xpath("//form[contains(@class,'status-form')]//button[normalize-space()='" + text + "']"));
    }

    private String status(String path) {
        return ok(http.get(base + path, coordinator)).get("status").asString();
    }

    private JsonNode family(String name, String registered, String intake) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("parentName", name);
        body.put("postcode", "7941 AB");
        body.put("numberOfChildren", 1);
        body.put("consentGiven", true);
        body.put("registrationDate", registered);
        body.put("children", List.of(Map.of("firstName", "Noor", "birthDate", "2016-02-01", "needs", List.of())));
        JsonNode family = created(http.post(base + "/families", coordinator, Http.json(body)));
        created(http.post(
                base + "/families/" + id(family) + "/intakes",
                coordinator,
                Http.json(Map.of("visitDate", intake, "outcome", "SUITABLE"))));
        return family;
    }

    /** Registered 2024-01-10, VOG 2024-01-15, intake 2024-01-20, available 2024-02-01 (REST). */
    private JsonNode availableSupportFamily(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("householdName", name);
        body.put("postcode", "7942 AB");
        body.put("availableDayParts", List.of("WEDNESDAY_AFTERNOON"));
        body.put("capacity", 1);
        body.put("maxAge", 17);
        body.put("members", List.of(Map.of("firstName", "Ans", "birthDate", "1975-03-01")));
        body.put("registrationDate", "2024-01-10");
        JsonNode supportFamily = created(http.post(base + "/support-families", coordinator, Http.json(body)));
        String path = base + "/support-families/" + id(supportFamily);
        created(http.post(
                path + "/members/"
                        + supportFamily.get("members").get(0).get("id").asString() + "/vogs",
                coordinator,
                Http.json(Map.of("requestedOn", "2024-01-15", "issuedOn", "2024-01-15"))));
        JsonNode screened = created(http.post(
                path + "/intakes", coordinator, Http.json(Map.of("visitDate", "2024-01-20", "outcome", "SUITABLE"))));
        return ok(http.post(
                path + "/status",
                coordinator,
                Http.json(Map.of("target", "AVAILABLE", "version", version(screened), "changedOn", "2024-02-01"))));
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
    }

    private static String todayShown() {
        return DAY.format(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
    }
}
