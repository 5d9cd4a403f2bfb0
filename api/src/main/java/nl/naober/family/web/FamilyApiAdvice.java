package nl.naober.family.web;

import nl.naober.family.DuplicateFamilyException;
import nl.naober.web.problem.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The family's own refusal in the REST API's words, for every REST controller that registers a family. It lives with
 * the family so that the API's general handler need not know features; it comes before that handler and after the
 * screens' and each area's own advice.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class FamilyApiAdvice {

    private final Problems problems;

    FamilyApiAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DuplicateFamilyException.class)
    ProblemDetail duplicateFamily() {
        return problems.of(HttpStatus.CONFLICT, "duplicate-family", LocaleContextHolder.getLocale());
    }
}
