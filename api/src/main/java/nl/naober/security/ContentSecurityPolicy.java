package nl.naober.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A Content-Security-Policy as directives, so a chain that needs one source more (the public form's proof of work, a
 * login provider's origin) extends the one shared policy instead of repeating it. Immutable: {@link #allowing} and
 * {@link #with} return a new policy.
 */
public final class ContentSecurityPolicy {

    /**
     * Every screen, the public pages included: scripts, styles, fonts, images and requests only from Naober itself,
     * none inline (no {@code <script>} in a page, no {@code onclick}, no {@code style} attribute), no plug-ins, no
     * {@code <base>} that re-points relative links, forms only to Naober, and no page inside another site's frame.
     * {@code data:} images stay allowed for the icons that style sheets embed.
     */
    public static final ContentSecurityPolicy SCREENS = new ContentSecurityPolicy(new LinkedHashMap<>())
            .with("default-src", "'self'")
            .with("script-src", "'self'")
            .with("style-src", "'self'")
            .with("img-src", "'self'", "data:")
            .with("object-src", "'none'")
            .with("base-uri", "'self'")
            .with("form-action", "'self'")
            .with("frame-ancestors", "'none'");

    /** REST answers are data: a browser that renders one anyway may load nothing for it, and nobody may frame it. */
    public static final ContentSecurityPolicy API = new ContentSecurityPolicy(new LinkedHashMap<>())
            .with("default-src", "'none'")
            .with("frame-ancestors", "'none'");

    private final Map<String, List<String>> directives;

    private ContentSecurityPolicy(Map<String, List<String>> directives) {
        this.directives = Collections.unmodifiableMap(directives);
    }

    /** This policy with the directive set to exactly these sources. */
    public ContentSecurityPolicy with(String directive, String... sources) {
        Map<String, List<String>> changed = new LinkedHashMap<>(directives);
        changed.put(directive, List.of(sources));
        return new ContentSecurityPolicy(changed);
    }

    /** This policy with these sources added to the directive (which starts from nothing if it is not set). */
    public ContentSecurityPolicy allowing(String directive, String... sources) {
        List<String> all = new ArrayList<>(directives.getOrDefault(directive, List.of()));
        for (String source : sources) {
            if (!all.contains(source)) {
                all.add(source);
            }
        }
        return with(directive, all.toArray(String[]::new));
    }

    /** The header's value. */
    @Override
    public String toString() {
        return directives.entrySet().stream()
                .map(d -> d.getKey() + " " + String.join(" ", d.getValue()))
                .collect(Collectors.joining("; "));
    }
}
