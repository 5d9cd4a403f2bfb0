package nl.naober.e2e;

import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.naober.support.CbsCodes;
import nl.naober.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16 in Chromium: the network administrator reads a programme's expenditures in on the municipality's Uitgaven
 * tab ("Uitgaven inlezen"): a bad file's dry run lists its problems by row and column and stores nothing; the example
 * file of docs/import/uitgaven/ passes its dry run, is read in after the confirmation, and the tab lists its credit
 * note. Screenshots {@code expenditures-*}.
 */
@LocalScreensE2ETest
class ExpenditureImportE2E {

    private static final String ADMIN = "admin.buurtgezinnen";
    private static final String LINE = "Buurtgezinnen 2025-2026";

    @LocalServerPort
    int port;

    private LocalScreens screens;

    @AfterEach
    void close() {
        if (screens != null) {
            screens.close();
        }
    }

    @Test
    void aBadFilesDryRunListsEveryProblemByRowAndColumnAndStoresNothing() throws IOException {
        String code = municipalityWithALine("e2e-uitg-fout");
        // a CSV file says its sheet by its name
        Path file = Files.createTempDirectory("uitgaven-").resolve("uitgaven.csv");
        Files.writeString(
                file,
                "uitgave_ref;datum;bedrag;categorie;omschrijving;begrotingsregel\n"
                        + "E-1;10-03-2025;-50,00;ACTIVITIES;Creditnota vóór de factuur;" + LINE + "\n"
                        + "E-2;20-03-2025;50,00;ACTIVITIES;Uitje;" + LINE + "\n"
                        + "E-3;12-03-2025;10,00;ACTIVITIES;Koffie;Onbekende regel\n",
                StandardCharsets.UTF_8);
        screens = LocalScreens.open(port);
        screens.logIn(ADMIN);
        upload(code, file, "uitgaven.csv");
        scrollTo("#uitgaven-inlezen");
        screens.check("expenditures-01-controle-problemen", null, "2 problemen gevonden");
        String tab = screens.browser().find(By.id("uitgaven")).getText();
        assertThat(tab)
                .contains("Er is niets vastgelegd.")
                .contains("deze creditnota of correctie brengt wat er in deze categorie is uitgegeven onder nul")
                .contains("onbekende begrotingsregel \"Onbekende regel\"")
                .doesNotContain("Inlezen?")
                .contains("Nog geen uitgaven vastgelegd.");
        atPhoneWidth("expenditures-01-controle-problemen-telefoon", null, "#uitgaven-inlezen", "2 problemen gevonden");
    }

    @Test
    void theExampleFilePassesItsDryRunIsReadInAfterTheConfirmationAndTheTabListsItsCreditNote() {
        String code = municipalityWithALine("e2e-uitg-goed");
        Path example = Path.of("..", "docs", "import", "uitgaven", "uitgaven.xlsx")
                .toAbsolutePath()
                .normalize();
        screens = LocalScreens.open(port);
        screens.logIn(ADMIN);
        upload(code, example, "uitgaven.xlsx");
        scrollTo("#uitgaven-inlezen");
        screens.check("expenditures-02-controle-goed", null, "Geen problemen gevonden");
        assertThat(screens.browser().find(By.id("uitgaven")).getText())
                .contains("Dit legt 5 uitgaven vast, samen € 5.883,46")
                .contains("al eerder ingelezen: 0, nieuw: 5");
        screens.browser()
                .clickAndWait(screens.browser()
                        .find(By.cssSelector("form[action$='/uitgaven/inlezen/bevestigen'] button[type=submit]")));
        scrollTo("#uitgaven-inlezen");
        screens.check("expenditures-03-ingelezen", null, "De uitgaven zijn ingelezen.");
        scrollTo("#uitgaven .credit-note");
        screens.check("expenditures-04-lijst", null, "Creditnota");
        String tab = screens.browser().find(By.id("uitgaven")).getText();
        assertThat(tab)
                .contains("Creditnota")
                .contains("Creditnota: uitje steungezinnen dubbel gefactureerd")
                .contains("€ \u221286,40")
                .contains("Uren coördinatie januari");
        atPhoneWidth(
                "expenditures-03-ingelezen-telefoon",
                "/beheer/gemeenten/" + code + "#uitgaven",
                "#uitgaven .credit-note",
                "Creditnota");
    }

    /**
     * {@link LocalScreens#check} at a phone's width, scrolled to the selector, without sideways scrolling (this fresh
     * municipality has no case data; the tab's wide tables scroll inside their own box).
     */
    private void atPhoneWidth(String name, String path, String selector, String text) {
        screens.browser().resize(LocalScreens.PHONE_WIDTH, 844);
        try {
            if (path != null) {
                screens.go(path);
            }
            scrollTo(selector);
            screens.check(name, null, text);
            assertThat(screens.horizontalOverflow())
                    .as(name + " fits a phone's width")
                    .isLessThanOrEqualTo(0);
        } finally {
            screens.browser().resize(LocalScreens.DESKTOP_WIDTH, 900);
        }
    }

    /** Scrolls the element to the top of the window, so the screenshot shows it. */
    private void scrollTo(String selector) {
        screens.browser().script("document.querySelector(arguments[0]).scrollIntoView(); return null;", selector);
    }

    private void upload(String code, Path file, String name) {
        screens.go("/beheer/gemeenten/" + code + "#uitgaven");
        screens.browser()
                .find(By.id("uitgaven-bestand"))
                .sendKeys(file.toAbsolutePath().toString());
        screens.browser()
                .clickAndWait(screens.browser()
                        .find(By.cssSelector("form[action$='/uitgaven/inlezen'] button[type=submit]")));
        assertThat(screens.browser().find(By.id("uitgaven")).getText()).as(name).isNotEmpty();
    }

    /** A fresh municipality with one budget line named as in the example file, so every figure on the tab is ours. */
    private String municipalityWithALine(String prefix) {
        Http http = new Http(port);
        String code = prefix + "-" + Long.toString(System.nanoTime(), 36);
        Http.Response onboarded = http.post(
                "/api/v1/admin/municipalities",
                basic(ADMIN),
                Http.json(Map.of(
                        "code",
                        code,
                        "name",
                        "Uitgaven " + code,
                        "cbsCode",
                        CbsCodes.free(),
                        "programmeStart",
                        "2025-01-01")));
        assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("name", LINE);
        line.put("periodStart", "2025-01-01");
        line.put("periodEnd", "2026-12-31");
        line.put("amount", new BigDecimal("58000.00"));
        Http.Response created =
                http.post("/api/v1/admin/municipalities/" + code + "/budget-lines", basic(ADMIN), Http.json(line));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }
}
