package nl.naober.registration.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough HTML reading for the page tests: an element's tag by id, an attribute, the error summary's links. */
final class Html {

    private Html() {}

    /** The opening tag of the element with this id, e.g. {@code <input type="text" id="email" ...>}. */
    static String tag(String html, String id) {
        Matcher tag = Pattern.compile("<[a-z]+\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        if (!tag.find()) {
            throw new AssertionError("no element with id " + id);
        }
        return tag.group();
    }

    /** An attribute's value; null when absent; "" for a boolean attribute such as {@code checked}. */
    static String attribute(String tag, String name) {
        Matcher attribute = Pattern.compile("\\s" + Pattern.quote(name) + "(?:=\"([^\"]*)\")?[\\s>/]")
                .matcher(tag);
        if (!attribute.find()) {
            return null;
        }
        return attribute.group(1) == null ? "" : attribute.group(1);
    }

    static String textarea(String html, String id) {
        Matcher textarea = Pattern.compile(
                        "<textarea\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)</textarea>")
                .matcher(html);
        if (!textarea.find()) {
            throw new AssertionError("no textarea " + id);
        }
        return textarea.group(1);
    }

    /** The ids the error summary links to, top to bottom. */
    static List<String> errorSummaryLinks(String html) {
        int start = html.indexOf("class=\"error-summary\"");
        if (start < 0) {
            return List.of();
        }
        String summary = html.substring(start, html.indexOf("</div>", start));
        List<String> links = new ArrayList<>();
        Matcher link = Pattern.compile("href=\"#([^\"]+)\"").matcher(summary);
        while (link.find()) {
            links.add(link.group(1));
        }
        return links;
    }
}
