package nl.naober.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a Problem Details body from a servlet filter or security handler, where no controller advice reaches;
 * the body has the same shape as the ones the advice renders.
 */
@Component
public class ProblemResponseWriter {

    private final Problems problems;
    private final LocaleResolver localeResolver;
    private final JsonMapper json;

    ProblemResponseWriter(Problems problems, LocaleResolver localeResolver, JsonMapper json) {
        this.problems = problems;
        this.localeResolver = localeResolver;
        this.json = json;
    }

    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String key,
            Object... detailArguments)
            throws IOException {
        send(request, response, status, key, null, detailArguments);
    }

    /** Names {@code field} under {@code errors}, with the key of its message; the detail names it too. */
    void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key, FieldError field)
            throws IOException {
        send(request, response, status, key, field, field.field());
    }

    private void send(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String key,
            FieldError field,
            Object... detailArguments)
            throws IOException {
        Locale locale = localeResolver.resolveLocale(request);
        ProblemDetail problem = problems.of(status, key, locale, detailArguments);
        Map<String, Object> body = Problems.body(problem);
        if (field != null) {
            body.put("errors", List.of(new FieldError(field.field(), problems.message(field.message(), locale))));
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
