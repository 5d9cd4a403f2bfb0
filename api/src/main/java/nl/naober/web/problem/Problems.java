package nl.naober.web.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 Problem Details with Dutch (default) or English texts from the message bundle: title and detail
 * under {@code problem.<key>.title} and {@code problem.<key>.detail}, type {@code https://naober.nl/problems/<key>}.
 */
@Component
public class Problems {

    private static final String TYPE_BASE = "https://naober.nl/problems/";

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(HttpStatus status, String key, Locale locale, Object... detailArguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage("problem." + key + ".detail", detailArguments, locale));
        problem.setTitle(messages.getMessage("problem." + key + ".title", null, locale));
        problem.setType(URI.create(TYPE_BASE + key));
        return problem;
    }

    public String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, code, locale);
    }

    /**
     * The body where no controller advice renders the {@link ProblemDetail} (filters, security handlers, the error
     * page): the same members in the same order, as a map a writer can add to.
     */
    static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        return body;
    }
}
