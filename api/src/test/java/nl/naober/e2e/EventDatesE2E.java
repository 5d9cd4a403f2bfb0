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
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16, every event on its real date, as a coordinator of Meppel sees it in Chromium: the confirmation of a
 * status change and the cancellation of a proposal take "Datum (als het eerder gebeurde)"; a day before the previous
 * change is refused at the field with that day named; the timeline shows the day it happened and the day it was
 * recorded ("· vastgelegd …"). Cases of 2021, a year without demo data. Screenshots {@code dates-*}.
 */
@LocalScreensE2ETest
class EventDatesE2E {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @LocalServerPort
    int port;

    Http http;
    CaseWork meppel;
    LocalScreens screens;

    @BeforeEach
    void open() {
        http = new Http(port);
        meppel = new CaseWork(http, "meppel");
        screens = LocalScreens.open(port);
    }

    @AfterEach
    void close() {
        screens.close();
    }

    @Test
    void aWithdrawalEnteredAfterwardsTakesItsDayAndADayBeforeTheLastChangeIsRefusedAtTheField() {
        JsonNode family = family("Datum Terugtrekken " + System.nanoTime(), "2021-03-01", "2021-03-10", "2021-03-20");
        screens.logIn("coordinator.meppel");
        screens.go("/gezinnen/" + id(family) + "/status/WITHDRAWN");
        screens.checkWideAndNarrow("dates-01-terugtrekken-datum", null, "Datum (als het eerder gebeurde)");

        screens.browser().find(By.id("leave-reason-NO_LONGER_NEEDED")).click();
        date(By.id("leave-changedOn"), "2021-03-15");
        submit("//main//form//button[@type='submit']");
        screens.check(
                "dates-02-datum-voor-vorige-wijziging",
                null,
                "Deze datum ligt vóór de vorige statuswijziging (20-03-2021).");
        WebElement field = screens.browser().find(By.id("leave-changedOn"));
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("value")).as("what was typed stays").isEqualTo("2021-03-15");
        assertThat(status(family)).isEqualTo("WAITING 2021-03-20");

        screens.browser().find(By.id("leave-reason-NO_LONGER_NEEDED")).click();
        date(By.id("leave-changedOn"), "2021-04-01");
        submit("//main//form//button[@type='submit']");
        assertThat(status(family)).isEqualTo("WITHDRAWN 2021-04-01");
        screens.checkWideAndNarrow(
                "dates-03-tijdlijn-beide-datums", null, "01-04-2021 · vastgelegd " + DAY.format(today()));
        assertThat(timelineText()).contains("20-03-2021").contains("01-03-2021");
    }

    @Test
    void aProposalCancelledAfterwardsShowsTheDayItWasCancelled() {
        JsonNode family = family("Datum Annuleren " + System.nanoTime(), "2021-03-01", "2021-03-10", "2021-03-20");
        JsonNode supportFamily = supportFamily("Datum Steungezin " + System.nanoTime());
        JsonNode proposal = created(http.post(
                meppel.base() + "/matches",
                meppel.coordinator(),
                Http.json(Map.of(
                        "familyId", id(family).toString(),
                        "supportFamilyId", id(supportFamily).toString(),
                        "dayParts", List.of("WEDNESDAY_AFTERNOON"),
                        "proposedOn", "2021-04-01"))));
        screens.logIn("coordinator.meppel");
        screens.go("/koppelingen/" + id(proposal));

        date(By.id("cancel-cancelledOn"), "2021-03-25");
        submit("//main//form[contains(@action,'annuleren')]//button");
        screens.check(
                "dates-04-annuleren-voor-voorstel",
                null,
                "Deze datum ligt vóór het voorstel van de koppeling (01-04-2021).");

        date(By.id("cancel-cancelledOn"), "2021-04-08");
        submit("//main//form[contains(@action,'annuleren')]//button");
        JsonNode cancelled = ok(http.get(meppel.base() + "/matches/" + id(proposal), meppel.coordinator()));
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("endedOn").asString()).isEqualTo("2021-04-08");
        screens.checkWideAndNarrow("dates-05-geannuleerd", null, "08-04-2021 · vastgelegd " + DAY.format(today()));
    }

    private JsonNode family(String name, String registered, String intake, String waiting) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("parentName", name);
        body.put("postcode", "7941 AB");
        body.put("numberOfChildren", 1);
        body.put("consentGiven", true);
        body.put("registrationDate", registered);
        body.put("children", List.of(Map.of("firstName", "Noor", "birthDate", "2016-02-01", "needs", List.of())));
        JsonNode family = created(http.post(meppel.base() + "/families", meppel.coordinator(), Http.json(body)));
        JsonNode afterIntake = created(http.post(
                meppel.base() + "/families/" + id(family) + "/intakes",
                meppel.coordinator(),
                Http.json(Map.of("visitDate", intake, "outcome", "SUITABLE"))));
        return ok(http.post(
                meppel.base() + "/families/" + id(family) + "/status",
                meppel.coordinator(),
                Http.json(Map.of("target", "WAITING", "version", version(afterIntake), "changedOn", waiting))));
    }

    private JsonNode supportFamily(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("householdName", name);
        body.put("postcode", "7942 AB");
        body.put("availableDayParts", List.of("WEDNESDAY_AFTERNOON"));
        body.put("capacity", 1);
        body.put("maxAge", 17);
        body.put("members", List.of(Map.of("firstName", "Ans", "birthDate", "1975-03-01")));
        body.put("registrationDate", "2021-01-10");
        JsonNode supportFamily =
                created(http.post(meppel.base() + "/support-families", meppel.coordinator(), Http.json(body)));
        String base = meppel.base() + "/support-families/" + id(supportFamily);
        created(http.post(
                base + "/members/"
                        + supportFamily.get("members").get(0).get("id").asString() + "/vogs",
                meppel.coordinator(),
                Http.json(Map.of("requestedOn", "2021-01-12", "issuedOn", "2021-01-20"))));
        JsonNode screened = created(http.post(
                base + "/intakes",
                meppel.coordinator(),
                Http.json(Map.of("visitDate", "2021-01-25", "outcome", "SUITABLE"))));
        return ok(http.post(
                base + "/status",
                meppel.coordinator(),
                Http.json(Map.of("target", "AVAILABLE", "version", version(screened), "changedOn", "2021-02-01"))));
    }

    /** A date input filled as the browser's date picker does (its typed format depends on the locale). */
    private void date(By field, String isoDate) {
        screens.browser()
                .script("arguments[0].value = arguments[1];", screens.browser().find(field), isoDate);
    }

    private void submit(String xpath) {
        screens.browser().clickAndWait(screens.browser().find(By.xpath(xpath)));
    }

    private String timelineText() {
        return screens.browser()
                .find(By.id("tijdlijn"))
                .findElement(By.xpath(".."))
                .getText();
    }

    private String status(JsonNode family) {
        JsonNode current = ok(http.get(meppel.base() + "/families/" + id(family), meppel.coordinator()));
        return current.get("status").asString() + " "
                + current.get("statusChangedOn").asString();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
