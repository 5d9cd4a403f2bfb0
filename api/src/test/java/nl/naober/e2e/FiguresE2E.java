package nl.naober.e2e;

import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.naober.account.LocalAccounts;
import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import nl.naober.monitoring.web.SmallProgramme;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16 in Chromium: the coordinator's own monitoring is exact and says "Intern — niet publiceren"; a credit note
 * typed with a minus sign on the expenditures tab is listed as one. Screenshots {@code figures-*}.
 */
@LocalScreensE2ETest
class FiguresE2E {

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityProvisioning provisioning;

    @Autowired
    LocalAccounts accounts;

    private LocalScreens screens;

    @AfterEach
    void close() {
        if (screens != null) {
            screens.close();
        }
    }

    @Test
    void theCoordinatorsOwnReportIsExactAndMarkedInternal() {
        String code = SmallProgramme.create(provisioning, accounts, "e2e-exact");
        String coordinator = "coordinator." + code;
        accounts.createWithHash(CurrentUser.of(coordinator, Role.COORDINATOR, code), accounts.hash(Http.DEMO_PASSWORD));
        screens = LocalScreens.open(port);
        screens.logIn(coordinator);
        screens.checkWideAndNarrow(
                "figures-01-monitoring-intern", "/monitoring?van=2025-01&tot=2025-03", "Intern — niet publiceren");
        // the first quarter: 3 trials started, which the policy officer sees as "< 5"
        WebElement started = screens.browser().find(By.cssSelector("[id='tabel-wachttijd'] tbody tr td"));
        assertThat(started.getText()).isEqualTo("3");
    }

    @Test
    void aCreditNoteIsListedAsOneWithAMinusSign() {
        String code = SmallProgramme.create(provisioning, accounts, "e2e-credit");
        Http http = new Http(port);
        String lines = "/api/v1/admin/municipalities/" + code + "/budget-lines";
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("name", "Begroting creditnota");
        line.put("periodStart", "2026-01-01");
        line.put("periodEnd", "2027-12-31");
        line.put("amount", new BigDecimal("20000.00"));
        Http.Response created = http.post(lines, basic("admin.buurtgezinnen"), Http.json(line));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Map<String, Object> outing = new LinkedHashMap<>();
        outing.put("date", "2026-03-01");
        outing.put("amount", new BigDecimal("500.00"));
        outing.put("category", "ACTIVITIES");
        outing.put("description", "Uitje dierentuin");
        assertThat(http.post(
                                lines + "/" + created.json().get("id").asString() + "/expenditures",
                                basic("admin.buurtgezinnen"),
                                Http.json(outing))
                        .status())
                .isEqualTo(201);

        screens = LocalScreens.open(port);
        screens.logIn("admin.buurtgezinnen");
        screens.go("/beheer/gemeenten/" + code + "#uitgaven");
        screens.browser().script("document.getElementById('expenditure-date').value = '2026-03-10'; return null;");
        screens.browser()
                .find(By.cssSelector("#expenditure-category option[value='ACTIVITIES']"))
                .click();
        screens.browser().find(By.id("expenditure-amount")).sendKeys("\u221286,40");
        screens.browser().find(By.id("expenditure-description")).sendKeys("Twee kaartjes terug");
        screens.browser()
                .clickAndWait(screens.browser().find(By.cssSelector("form[action$='/uitgaven'] button[type=submit]")));
        screens.check("figures-02-creditnota-vastgelegd", null, "De uitgave is vastgelegd.");
        screens.check("figures-03-uitgaven", "/beheer/gemeenten/" + code + "#uitgaven", "Creditnota");
        // At a phone's width this admin page scrolls sideways for a municipality with case data (about 300 px, no
        // element of the expenditures tab sticks out: see docs/running-programme/figures.md); looked at, not asserted
        // here.
        screens.browser().resize(LocalScreens.PHONE_WIDTH, 844);
        screens.check("figures-03-uitgaven-telefoon", "/beheer/gemeenten/" + code + "#uitgaven", "Creditnota");
        System.out.println("figures-03-uitgaven-telefoon: sideways overflow " + screens.horizontalOverflow() + " px");
        screens.browser().resize(LocalScreens.DESKTOP_WIDTH, 900);
        String expenditures = screens.browser().find(By.id("uitgaven")).getText();
        assertThat(expenditures)
                .contains("Creditnota")
                .contains("Twee kaartjes terug")
                .contains("€ \u221286,40")
                .contains("€ 413,60"); // the category's total: 500,00 − 86,40
    }
}
