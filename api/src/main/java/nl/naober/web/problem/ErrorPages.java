package nl.naober.web.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer to an error no controller answered (Spring's {@code /error}, Tomcat's own refusals): Problem Details for
 * the REST API, a short Dutch page for the screens. Fixed texts per status only: nothing of the request is repeated.
 */
@Component
public class ErrorPages {

    private static final Locale DUTCH = LocaleConfiguration.DUTCH;

    private final Problems problems;

    ErrorPages(Problems problems) {
        this.problems = problems;
    }

    public static boolean isApi(String requestUri) {
        return requestUri != null && requestUri.startsWith("/api/");
    }

    /** {@code nl} unless the caller prefers {@code en}, as for every other answer of the API. */
    public static Locale locale(List<Locale> preferred) {
        for (Locale locale : preferred) {
            if (locale.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
            if (locale.getLanguage().equals("nl")) {
                return DUTCH;
            }
        }
        return DUTCH;
    }

    public Map<String, Object> problem(int status, Locale locale) {
        Map<String, Object> body = Problems.body(problems.of(httpStatus(status), key(status), locale));
        body.put("status", status); // the status as sent, also where the texts are those of a near one
        return body;
    }

    String page(int status) {
        ProblemDetail problem = problems.of(httpStatus(status), key(status), DUTCH);
        String title = HtmlUtils.htmlEscape(problem.getTitle());
        return "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + title
                + " – Naober</title><link rel=\"stylesheet\" href=\"/css/naober.css\"></head><body><main><h1>" + title
                + "</h1><p>" + HtmlUtils.htmlEscape(problem.getDetail())
                + "</p><p><a href=\"/\">Naar de startpagina</a></p></main></body></html>";
    }

    private static HttpStatus httpStatus(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known != null ? known : status >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
    }

    static String key(int status) {
        return switch (status) {
            case 400, 414, 431 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> DatabaseUnavailable.KEY;
            default -> status >= 500 ? "server-error" : "error";
        };
    }
}
