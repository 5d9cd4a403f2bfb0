package nl.naober.privacy.accesslog;

import nl.naober.web.problem.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A search of the log that cannot be answered as asked: 400 with what to change. */
@RestControllerAdvice(assignableTypes = AccessLogController.class)
class AccessLogAdvice {

    private final Problems problems;

    AccessLogAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidLogSearchException.class)
    ProblemDetail invalidSearch(InvalidLogSearchException ex) {
        return problems.of(HttpStatus.BAD_REQUEST, "access-log-" + ex.reason(), LocaleContextHolder.getLocale());
    }
}
