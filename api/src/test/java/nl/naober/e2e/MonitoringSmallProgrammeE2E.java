package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.naober.account.LocalAccounts;
import nl.naober.monitoring.web.SmallProgramme;
import nl.naober.municipality.MunicipalityProvisioning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard of a small municipality ({@link SmallProgramme}: ten or so matches a year, no budget entered) in
 * Chromium, as its policy officer sees it: hidden figures are drawn as hidden, never as 0; an amount or average that
 * is hidden reads "verborgen"; no budget reads "geen budget ingevoerd"; the quarterly trend, mostly hidden, gives way
 * to half-years; the summary at the top answers what the money bought and what it prevents. Screenshots
 * {@code monitoring-*} at 1280 and 390 px.
 */
@LocalScreensE2ETest
class MonitoringSmallProgrammeE2E {

    /** One small municipality for the whole class (the context, and so the database, is shared). */
    private static String code;

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityProvisioning provisioning;

    @Autowired
    LocalAccounts accounts;

    private LocalScreens screens;

    @BeforeEach
    void openAsThePolicyOfficer() {
        synchronized (MonitoringSmallProgrammeE2E.class) {
            if (code == null) {
                code = SmallProgramme.create(provisioning, accounts, "klein-e2e");
            }
        }
        screens = LocalScreens.open(port);
        screens.logIn("policy." + code);
    }

    @AfterEach
    void close() {
        screens.close();
    }

    @Test
    void hiddenFiguresAreDrawnAsHiddenNeverAsZero() {
        screens.checkWideAndNarrow("monitoring-01-jaar", "/monitoring?van=2025-01&tot=2025-12", "Samenvatting");
        waitForCharts();

        // March's 2 registrations: no bar (null, not 0), a hidden point, the legend and the note say what it means
        Map<?, ?> months = chart("aanmeldingen-per-maand");
        List<?> families = (List<?>) ((List<?>) months.get("data")).get(0);
        List<?> hidden = (List<?>) ((List<?>) months.get("hidden")).get(0);
        assertThat(families.get(0)).as("January").isEqualTo(5L);
        assertThat(families.get(2)).as("March: hidden, not 0").isNull();
        assertThat(hidden.get(2)).isEqualTo(true);
        assertThat(texts(months.get("legend"))).contains("Gearceerd: verborgen (< 5), niet 0");
        assertThat(screens.browser()
                        .find(By.cssSelector("#tabel-aanmeldingen-per-maand tbody tr:nth-child(3) td"))
                        .getText())
                .isEqualTo("< 5");

        // the trend per half-year: the first half's 3 closings are a gap with a marker, not a zero
        Map<?, ?> trend = chart("trend-per-halfjaar");
        List<?> closed = (List<?>) ((List<?>) trend.get("data")).get(1);
        assertThat(closed.get(0)).as("first half's closings").isNull();
        assertThat(closed.get(1)).isEqualTo(5L);
        assertThat(((List<?>) ((List<?>) trend.get("hidden")).get(1)).get(0)).isEqualTo(true);
        assertThat(texts(trend.get("legend"))).contains("Gearceerd: verborgen (< 5), niet 0");
        assertThat(screens.browser().text())
                .contains("1 cijfer is verborgen: gearceerd, met \"< 5\" of \"verborgen\" erbij. Dat betekent niet 0.");

        screens.browser().script("document.getElementById('tabel-trend-per-halfjaar').scrollIntoView(); return null;");
        screens.browser().screenshot("monitoring-02-trend-per-halfjaar");
    }

    @Test
    void theQuarterlyTrendGivesWayToHalfYearsAndSaysWhy() {
        screens.check("monitoring-03-halfjaar", "/monitoring?van=2025-01&tot=2025-12", "Trend per halfjaar");
        assertThat(screens.browser().text())
                .contains("Per kwartaal zou het grootste deel van deze tabel verborgen zijn (\"< 5\"). Daarom zie je"
                        + " hier de cijfers per halfjaar")
                .doesNotContain("Trend per kwartaal");
        assertThat(screens.browser().findAll(By.id("tabel-trend-per-kwartaal"))).isEmpty();
    }

    @Test
    void hiddenAmountsAndAveragesReadVerborgenAndNoBudgetReadsGeenBudgetIngevoerd() {
        // April to June: 3 trials started and 3 closed, so their median waiting time and the cost avoided are hidden
        screens.checkWideAndNarrow("monitoring-04-kwartaal", "/monitoring?van=2025-04&tot=2025-06", "verborgen");
        String waiting = screens.browser().find(By.id("tabel-wachttijd")).getText();
        assertThat(waiting).contains("Mediaan verborgen").contains("Gestarte proefperiodes < 5");
        String cost = screens.browser()
                .find(By.id("tabel-indicatief-vermeden-jeugdzorgkosten"))
                .getText();
        assertThat(cost)
                .contains("Indicatief vermeden jeugdzorgkosten verborgen")
                .doesNotContain("jeugdzorgkosten < 5");
        String budget = screens.browser().find(By.id("tabel-budget")).getText();
        assertThat(budget).contains("Toegekend budget geen budget ingevoerd").doesNotContain("€ 0,00");
        assertThat(screens.browser().text())
                .contains("verborgen: een bedrag, gemiddelde of percentage dat we niet tonen")
                .contains("Geen budget ingevoerd: voor deze periode is geen budget vastgelegd");
        assertThat(screens.browser().findAll(By.cssSelector("#tabel-budget td.suppressed")))
                .isEmpty();
    }

    @Test
    void theSummaryAtTheTopAnswersWhatTheMoneyBoughtAndWhatItPrevents() {
        screens.check("monitoring-05-samenvatting", "/monitoring?van=2025-01&tot=2025-12", "Samenvatting");
        String summary = screens.browser().find(By.id("samenvatting")).getText();
        assertThat(summary)
                .contains("Periode\n1 januari 2025 t/m 31 december 2025")
                .contains("Wat het geld kocht\n11 koppelingen gestart en")
                .contains("dagdelen steun geleverd")
                .contains("Kosten\ngeen budget ingevoerd")
                .contains("Wat het voorkomt (NJi-indicatoren)\nuitval")
                .contains("Indicatief vermeden jeugdzorgkosten\nIndicatief: ")
                .contains("Budget\ngeen budget ingevoerd");
        long summaryTop = ((Number) screens.browser()
                        .script("return document.getElementById('samenvatting').getBoundingClientRect().top;"))
                .longValue();
        long firstTableTop = ((Number) screens.browser()
                        .script("return document.querySelector('table.figures').getBoundingClientRect().top;"))
                .longValue();
        assertThat(summaryTop).as("the summary before the tables").isLessThan(firstTableTop);
    }

    private static List<String> texts(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private void waitForCharts() {
        screens.browser().waitUntil("charts drawn", Duration.ofSeconds(10), () -> {
            Object drawn = screens.browser()
                    .script("var n = 0; document.querySelectorAll('figure[data-chart] canvas').forEach(function (c) {"
                            + " if (window.Chart && window.Chart.getChart(c)) { n++; } });"
                            + " return n === document.querySelectorAll('figure[data-chart] canvas').length;");
            return Boolean.TRUE.equals(drawn);
        });
    }

    /** The Chart.js chart over a table: its datasets' values, which are hidden, and its legend's texts. */
    private Map<?, ?> chart(String tableKey) {
        return (Map<?, ?>) screens.browser()
                .script("var c = Chart.getChart(document.querySelector("
                        + "'figure[data-chart-table=\"tabel-" + tableKey + "\"] canvas'));"
                        + " return { data: c.data.datasets.map(function (d) { return d.data; }),"
                        + " hidden: c.data.datasets.map(function (d) { return d.hiddenPoints; }),"
                        + " legend: c.legend.legendItems.map(function (i) { return i.text; }) };");
    }
}
