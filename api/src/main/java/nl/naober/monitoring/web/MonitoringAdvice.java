package nl.naober.monitoring.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.naober.monitoring.InvalidPeriodException;
import nl.naober.web.problem.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A period that is not whole months, reversed, in the future or overlong is a 400 naming the parameter. */
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
        List<Map<String, String>> errors = invalid.refusals().stream()
                .map(refusal ->
                        Map.of("field", refusal.field(), "message", problems.message(refusal.messageKey(), locale)))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }
}
