package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: no browser or driver download. Every check of
 * a page runs axe-core (WCAG 2.1 A and AA rules) in it and prints the count; screenshots go to
 * {@code target/screenshots}.
 */
public final class Chromium implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Chromium start() {
        String binary = System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
        String chromedriver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        assertThat(new File(binary))
                .as("Chromium (apt-get install chromium chromium-driver; .ci/run installs it)")
                .canRead();
        assertThat(new File(chromedriver)).as("chromedriver").canRead();
        try {
            Path profile = Files.createTempDirectory("naober-chromium");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(binary)
                    .addArguments(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-quic",
                            "--no-first-run",
                            // this machine's closed network refuses Chromium's own background connections
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--lang=nl-NL",
                            "--window-size=1280,900",
                            "--user-data-dir=" + profile);
            // headless Chromium ignores --lang for Accept-Language; Keycloak picks the login page's language from it
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "nl-NL,nl"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(chromedriver))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Chromium(driver, profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Resizes the window, e.g. to a phone's width, to check and photograph the narrow layout. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** The value of a JavaScript expression's {@code return} in the current page, e.g. a measured width. */
    public Object script(String javaScript) {
        return driver.executeScript(javaScript);
    }

    /** As {@link #script(String)}, with {@code arguments[0]}, … (e.g. an element); a returned promise is awaited. */
    public Object script(String javaScript, Object... arguments) {
        return driver.executeScript(javaScript, arguments);
    }

    /** Lets the pages of this browser write and read the clipboard without asking (a copy button's test). */
    public void grantClipboard() {
        driver.executeCdpCommand(
                "Browser.grantPermissions",
                java.util.Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    /**
     * From now on every page records the Content-Security-Policy violations it meets, from its first byte on (a
     * listener that DevTools adds to each new document before the page's own content runs).
     */
    public void recordPolicyViolations() {
        driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of(
                        "source",
                        "window.__policyViolations = [];"
                                + "document.addEventListener('securitypolicyviolation', function (e) {"
                                + " window.__policyViolations.push(e.effectiveDirective + ' blocked '"
                                + " + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber); });"));
    }

    /** The violations the current page has recorded; fails if nothing was recording (so none is not a silent pass). */
    public List<String> policyViolations() {
        Object recorded = driver.executeScript(
                "return window.__policyViolations === undefined ? null" + " : window.__policyViolations.slice();");
        assertThat(recorded)
                .as("the page records policy violations (recordPolicyViolations)")
                .isNotNull();
        return ((List<?>) recorded).stream().map(String::valueOf).toList();
    }

    /** Sends this header with every request of the page from now on (e.g. a client address of the test's own). */
    public void sendHeader(String name, String value) {
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand(
                "Network.setExtraHTTPHeaders", java.util.Map.of("headers", java.util.Map.of(name, value)));
    }

    /** Waits until the JavaScript expression's {@code return} value passes the test, e.g. a widget has finished. */
    public void waitUntil(Duration timeout, String javaScript, java.util.function.Predicate<Object> done) {
        waitUntil(javaScript, timeout, () -> {
            Object value = driver.executeScript(javaScript);
            return value != null && done.test(value);
        });
    }

    public void open(String url) {
        driver.get(url);
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /**
     * Waits until the condition holds, e.g. until a chart has been drawn. A page that reloads itself while we wait
     * (an import's progress) takes its elements away mid-read; that is asked again, not a failure.
     */
    public void waitUntil(String what, Duration timeout, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, timeout)
                .withMessage(what)
                .ignoring(StaleElementReferenceException.class)
                .until(ignored -> condition.getAsBoolean());
    }

    /** Clicks and waits until the next page has replaced this one. */
    public void clickAndWait(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ignored -> isGone(html));
    }

    /**
     * Whether the page that held this element has been replaced. ChromeDriver sometimes answers for an element of a
     * page being replaced with "does not belong to the document" instead of a stale reference: gone all the same.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException replaced) {
            if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw replaced;
        }
    }

    /**
     * Fills Keycloak's own login form (the realm's Dutch theme) and submits it; staff then give a one-time code from
     * the tests' {@link AuthenticatorApp}, after setting one up when Keycloak asks (reading the secret from the page,
     * as a person would type the text under the QR code into an app).
     */
    public void logInOnKeycloak(String username, String password) {
        find(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWait(driver.findElement(By.id("kc-login")));
        if (!findAll(By.id("kc-totp-settings-form")).isEmpty()) {
            String secret = driver.findElement(By.id("totpSecret")).getAttribute("value");
            driver.findElement(By.id("totp")).sendKeys(AuthenticatorApp.setUp(username, secret));
            clickAndWait(driver.findElement(By.id("saveTOTPBtn")));
        } else if (!findAll(By.id("kc-otp-login-form")).isEmpty()) {
            giveOneTimeCode(AuthenticatorApp.nextCode(username));
        }
    }

    /** Types a one-time code into Keycloak's code form and submits it. */
    public void giveOneTimeCode(String code) {
        find(By.id("otp")).sendKeys(code);
        clickAndWait(driver.findElement(By.id("kc-login")));
    }

    /** Runs axe-core on the page, prints the count of WCAG 2.1 A/AA violations and returns their summary. */
    public List<String> accessibilityViolations(String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<String> violations =
                results.getViolations().stream().map(Chromium::describe).toList();
        System.out.printf(
                "axe-core %s: %d violations (%d rules passed) on %s%n",
                results.getTestEngine().getVersion(),
                violations.size(),
                results.getPasses().size(),
                page);
        return violations;
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File file = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
