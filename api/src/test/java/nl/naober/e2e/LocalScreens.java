package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.naober.support.Http;
import org.openqa.selenium.By;

/**
 * A person in headless Chromium on Naober in local mode: logs in on {@code /login} and checks each screen the way
 * every screen test should (under its Content-Security-Policy with nothing blocked, axe-core without WCAG 2.1 A/AA
 * violations, a screenshot in {@code target/screenshots}), at a desktop's width and at a phone's.
 */
public final class LocalScreens implements AutoCloseable {

    public static final int DESKTOP_WIDTH = 1280;
    public static final int PHONE_WIDTH = 390;

    private final Chromium browser;
    private final String base;

    private LocalScreens(Chromium browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    /** A fresh browser (no cookies) that records policy violations, on the server at this port. */
    public static LocalScreens open(int port) {
        Chromium browser = Chromium.start();
        browser.recordPolicyViolations();
        return new LocalScreens(browser, "http://localhost:" + port);
    }

    public Chromium browser() {
        return browser;
    }

    public String url(String path) {
        return base + path;
    }

    public void go(String path) {
        browser.open(base + path);
    }

    /** Logs in with the demo password and follows the login to wherever Naober sends this user first. */
    public void logIn(String username) {
        browser.open(base + "/login");
        browser.find(By.id("username")).sendKeys(username);
        browser.find(By.id("password")).sendKeys(Http.DEMO_PASSWORD);
        browser.clickAndWait(browser.find(By.cssSelector("form button[type=submit]")));
        assertThat(browser.path()).as("logged in as " + username).isNotEqualTo("/login");
    }

    /**
     * Opens the path (or stays on the current page when null) and checks it: the text shown, nothing blocked by the
     * Content-Security-Policy, no axe-core violation; saves a screenshot under this name.
     */
    public void check(String name, String path, String text) {
        if (path != null) {
            go(path);
        }
        assertThat(browser.text()).as(name).contains(text);
        assertThat(browser.policyViolations())
                .as("Content-Security-Policy violations on " + name)
                .isEmpty();
        browser.screenshot(name);
        List<String> violations = browser.accessibilityViolations(name + " " + browser.path());
        assertThat(violations).as("axe-core WCAG 2.1 A/AA on " + name).isEmpty();
    }

    /**
     * {@link #check} at 1280 px and again at 390 px (screenshot {@code name-telefoon}), where the page must also fit
     * the phone's width without scrolling sideways; the window is wide again afterwards.
     */
    public void checkWideAndNarrow(String name, String path, String text) {
        check(name, path, text);
        String here = browser.url();
        browser.resize(PHONE_WIDTH, 844);
        try {
            browser.open(here);
            check(name + "-telefoon", null, text);
            assertThat(horizontalOverflow()).as(name + " fits a phone's width").isLessThanOrEqualTo(0);
        } finally {
            browser.resize(DESKTOP_WIDTH, 900);
        }
    }

    /** How many pixels the page is wider than the window (0 or less: no sideways scrolling). */
    public long horizontalOverflow() {
        return ((Number) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .longValue();
    }

    @Override
    public void close() {
        browser.close();
    }
}
