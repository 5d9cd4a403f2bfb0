package nl.naober.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every answer must carry, stated here rather than taken from the main code, so a weaker policy there fails
 * the tests instead of being compared with itself.
 */
public final class ExpectedHeaders {

    /** The features no screen uses: a page (or anything injected into it) may not ask for them. */
    public static final List<String> DENIED_FEATURES =
            List.of("camera", "microphone", "geolocation", "payment", "usb", "serial", "bluetooth", "display-capture");

    private ExpectedHeaders() {}

    /** The screens' policy: only our own scripts and styles, no inline ones, no plug-ins, no framing. */
    public static void assertScreenHeaders(String what, HttpHeaders headers) {
        Map<String, String> csp =
                directives(headers.firstValue("Content-Security-Policy").orElse(""));
        assertThat(csp)
                .as(what + ": Content-Security-Policy")
                .containsEntry("default-src", "'self'")
                .containsEntry("script-src", "'self'")
                .containsEntry("style-src", "'self'")
                .containsEntry("object-src", "'none'")
                .containsEntry("base-uri", "'self'")
                .containsEntry("frame-ancestors", "'none'")
                .containsKey("form-action");
        assertThat(csp.get("form-action")).as(what + ": form-action").startsWith("'self'");
        assertThat(String.join(" ", csp.values()))
                .as(what + ": no inline script or style, no eval")
                .doesNotContain("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*");
        // no-referrer is stricter still: the address-confirmation page, whose own address holds a token, sends it
        assertThat(headers.firstValue("Referrer-Policy").orElse(""))
                .as(what + ": Referrer-Policy")
                .isIn("same-origin", "no-referrer");
        String permissions = headers.firstValue("Permissions-Policy").orElse("");
        assertThat(DENIED_FEATURES)
                .as(what + ": Permissions-Policy " + permissions)
                .allSatisfy(feature -> assertThat(permissions).contains(feature + "=()"));
        assertThat(headers.firstValue("X-Content-Type-Options"))
                .as(what + ": nosniff")
                .hasValue("nosniff");
    }

    /** REST answers are data, never a document: nothing may load from them, nothing may frame them. */
    public static void assertApiHeaders(String what, HttpHeaders headers) {
        assertThat(directives(headers.firstValue("Content-Security-Policy").orElse("")))
                .as(what + ": Content-Security-Policy")
                .containsEntry("default-src", "'none'")
                .containsEntry("frame-ancestors", "'none'");
        assertThat(headers.firstValue("X-Content-Type-Options"))
                .as(what + ": nosniff")
                .hasValue("nosniff");
    }

    public static Map<String, String> directives(String policy) {
        Map<String, String> directives = new LinkedHashMap<>();
        Arrays.stream(policy.split(";"))
                .map(String::trim)
                .filter(d -> !d.isEmpty())
                .forEach(d -> {
                    String[] parts = d.split("\\s+", 2);
                    directives.put(parts[0], parts.length > 1 ? parts[1] : "");
                });
        return directives;
    }
}
