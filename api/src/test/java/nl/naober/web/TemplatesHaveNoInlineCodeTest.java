package nl.naober.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The screens' Content-Security-Policy refuses inline scripts, event handlers and styles, so a template that has one
 * is broken in the browser: found here, at build time, with the file and the line, rather than by a user. The PDF
 * templates ({@code *-pdf.html}) are exempt: openhtmltopdf renders them on the server, no browser ever gets them.
 */
class TemplatesHaveNoInlineCodeTest {

    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\b(?:th:)?src\\s*=)[^>]*>" // a script without src
                    + "|\\s(?:th:|data-th-)?on[a-z]+\\s*=" // onclick=, th:onclick=
                    + "|\\s(?:th:)?style\\s*=" // style="…"
                    + "|<style[\\s>]" // a <style> element
                    + "|javascript:", // a javascript: URL
            Pattern.CASE_INSENSITIVE);

    @Test
    void noScreenTemplateHasAnInlineScriptHandlerOrStyle() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).as("the templates are on the class path").hasSizeGreaterThan(30);
        List<String> found = new ArrayList<>();
        for (Resource template : templates) {
            if (template.getFilename().endsWith("-pdf.html")) {
                continue;
            }
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            Matcher matcher = INLINE.matcher(html);
            while (matcher.find()) {
                int line = html.substring(0, matcher.start()).split("\n", -1).length;
                found.add(template.getURI().toString().replaceAll(".*/templates/", "") + ":" + line + " "
                        + matcher.group().trim());
            }
        }
        assertThat(found).isEmpty();
    }
}
