package nl.naober.api.problem;

import java.util.List;
import java.util.Locale;
import nl.naober.core.family.DuplicateFamilyException;
import nl.naober.core.family.FamilyNotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Maps every error of the REST API to RFC 9457 Problem Details, once, in Dutch or English. */
@RestControllerAdvice(basePackages = "nl.naober.api")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "validation", locale);
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "unreadable", locale);
        if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
            problem.setProperty(
                    "errors",
                    List.of(new FieldError(
                            unknown.getPropertyName(), problems.message("problem.field.unknown", locale))));
        } else if (ex.getCause() instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            problem.setProperty(
                    "errors",
                    List.of(new FieldError(fieldPath(mismatch), problems.message("problem.field.type", locale))));
        } else if (!(ex.getCause() instanceof JacksonException)) {
            problem.setDetail(problems.message("problem.unreadable.empty", locale));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(FamilyNotFoundException.class)
    ProblemDetail familyNotFound() {
        return problems.of(HttpStatus.NOT_FOUND, "family-not-found", LocaleContextHolder.getLocale());
    }

    @ExceptionHandler(DuplicateFamilyException.class)
    ProblemDetail duplicateFamily() {
        return problems.of(HttpStatus.CONFLICT, "duplicate-family", LocaleContextHolder.getLocale());
    }

    @ExceptionHandler({DataIntegrityViolationException.class, OptimisticLockingFailureException.class})
    ProblemDetail conflict() {
        return problems.of(HttpStatus.CONFLICT, "conflict", LocaleContextHolder.getLocale());
    }

    @ExceptionHandler(PropertyReferenceException.class)
    ProblemDetail unknownSortProperty(PropertyReferenceException ex) {
        return problems.of(HttpStatus.BAD_REQUEST, "bad-sort", LocaleContextHolder.getLocale(), ex.getPropertyName());
    }

    private static String fieldPath(MismatchedInputException mismatch) {
        return mismatch.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("");
    }
}
