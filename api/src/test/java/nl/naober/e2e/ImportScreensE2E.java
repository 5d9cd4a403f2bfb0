package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.naober.importing.ImportMunicipality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The coordinator's import screen in Chromium, in a municipality onboarded for it: a bad file's dry run lists every
 * problem by sheet, row and column; the example file of docs/import/ passes, is imported after the confirmation, and
 * the summary says what was added. Screenshots {@code import-*}.
 */
@LocalScreensE2ETest
class ImportScreensE2E {

    @LocalServerPort
    int port;

    private LocalScreens screens;
    private Chromium browser;

    @BeforeEach
    void open() {
        screens = LocalScreens.open(port);
        browser = screens.browser();
    }

    @AfterEach
    void close() {
        screens.close();
    }

    @Test
    void aBadFilesDryRunListsEveryProblemBySheetRowAndColumn() throws IOException {
        logInAsNewCoordinator();
        screens.checkWideAndNarrow("import-01-formulier", "/importeren", "Controleren");
        Path bad = Files.createTempDirectory("import").resolve("gezinnen.csv");
        Files.writeString(
                bad,
                "ref;aanmelddatum;naam_ouder;postcode;toestemming\n"
                        + "E2E-1;31-02-2026;Fenna Fout;7941 AB;ja\n"
                        + "E2E-2;01-03-2026;Gert Fout;1234;ja\n"
                        + "E2E-2;02-03-2026;Dubbel Fout;7941 AB;misschien\n",
                StandardCharsets.UTF_8);
        upload(bad);
        browser.waitUntil(
                "the dry run's problems",
                Duration.ofSeconds(30),
                () -> browser.text().contains("problemen gevonden"));
        screens.checkWideAndNarrow("import-02-controle-fouten", null, "4 problemen gevonden");
        assertThat(browser.text())
                .contains("\"31-02-2026\" is geen geldige datum (gebruik dd-mm-jjjj of jjjj-mm-dd)")
                .contains("vul een Nederlandse postcode in, zoals 7941 AB.")
                .contains("ref E2E-2 staat al eerder in dit blad")
                .contains("\"misschien\" is geen ja of nee")
                .contains("Er is niets opgeslagen");
        assertThat(browser.findAll(By.cssSelector("table.import-problems tbody tr")))
                .hasSize(4);
    }

    @Test
    void theExampleFilePassesItsDryRunAndIsImportedAfterTheConfirmation() {
        logInAsNewCoordinator();
        upload(Path.of("..", "docs", "import", "voorbeeld.xlsx")
                .toAbsolutePath()
                .normalize());
        browser.waitUntil(
                "the dry run's result",
                Duration.ofSeconds(30),
                () -> browser.text().contains("Geen problemen gevonden"));
        screens.check("import-03-controle-goed", null, "Dit voegt 2 gezinnen, 1 steungezinnen en 1 koppelingen toe");
        browser.clickAndWait(browser.find(By.cssSelector("form[action$='/importeren'] button[type=submit]")));
        browser.waitUntil(
                "the import's summary",
                Duration.ofSeconds(30),
                () -> browser.text().contains("De import is klaar"));
        screens.checkWideAndNarrow("import-04-klaar", null, "De import is klaar: alles is opgeslagen.");
        assertThat(browser.text()).contains("al geïmporteerd: 0, nieuw: 19");
    }

    private void upload(Path file) {
        if (!browser.path().equals("/importeren")) {
            screens.go("/importeren");
        }
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().normalize().toString());
        browser.clickAndWait(browser.find(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.path()).startsWith("/importeren/");
    }

    /** A municipality of its own for each test, so the example file's refs are new there. */
    private void logInAsNewCoordinator() {
        ImportMunicipality municipality = ImportMunicipality.onboard(port, "e2eimp");
        screens.go("/login");
        browser.find(By.id("username")).sendKeys(municipality.coordinatorUsername());
        browser.find(By.id("password")).sendKeys(municipality.coordinatorPassword());
        browser.clickAndWait(browser.find(By.cssSelector("form button[type=submit]")));
        assertThat(browser.path()).isNotEqualTo("/login");
    }
}
