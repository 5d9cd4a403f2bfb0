package nl.naober.api.monitoring;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.naober.api.problem.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A reversed or overlong period typed into a monitoring call is a 400 naming the field, in the caller's language. */
@RestControllerAdvice(assignableTypes = {MonitoringController.class, NetworkMonitoringController.class})
class MonitoringAdvice {

    private final Problems problems;

    MonitoringAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidPeriodException.class)
    ProblemDetail invalidPeriod(InvalidPeriodException invalid) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "validation", locale);
        problem.setProperty(
                "errors", List.of(Map.of("field", "to", "message", problems.message(invalid.messageKey(), locale))));
        return problem;
    }
}
