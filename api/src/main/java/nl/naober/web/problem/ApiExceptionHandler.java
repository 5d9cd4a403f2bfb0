package nl.naober.web.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.naober.programme.EventDateException;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.StaleVersionException;
import nl.naober.programme.TransitionNotAllowedException;
import nl.naober.web.paging.SortNotOffered;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Maps every error of the REST API to RFC 9457 Problem Details, once, in Dutch or English. */
@RestControllerAdvice(basePackages = "nl.naober")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final Problems problems;
    private final EventDateMessages eventDates;

    ApiExceptionHandler(Problems problems, EventDateMessages eventDates) {
        this.problems = problems;
        this.eventDates = eventDates;
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

    /** A query parameter against its constraint: named, with a fixed message, its value not repeated. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "validation", locale);
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .map(result -> new FieldError(
                        parameterName(result.getMethodParameter()), problems.message("problem.field.type", locale)))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        if (param != null && !param.value().isEmpty()) {
            return param.value();
        }
        return String.valueOf(parameter.getParameterName());
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
                            FieldError.shown(unknown.getPropertyName()),
                            problems.message("problem.field.unknown", locale))));
        } else if (ex.getCause() instanceof InvalidFormatException invalid
                && !invalid.getPath().isEmpty()
                && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            // a code from a fixed list (e.g. a referral source of before issue 16): say which codes are accepted
            problem.setProperty(
                    "errors",
                    List.of(new FieldError(
                            fieldPath(invalid),
                            problems.message("problem.field.enum", locale, accepted(invalid.getTargetType())))));
        } else if (ex.getCause() instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            problem.setProperty(
                    "errors",
                    List.of(new FieldError(
                            fieldPath(mismatch),
                            problems.message(
                                    mismatch instanceof InputRefused refused
                                            ? refused.messageKey()
                                            : "problem.field.type",
                                    locale))));
        } else if (!(ex.getCause() instanceof JacksonException)) {
            problem.setDetail(problems.message("problem.unreadable.empty", locale));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** The database cannot be reached: see {@link DatabaseUnavailable}; other wrappings reach {@code /error}. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .body(problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.KEY, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        return problems.of(HttpStatus.NOT_FOUND, ex.subject() + "-not-found", LocaleContextHolder.getLocale());
    }

    @ExceptionHandler(TransitionNotAllowedException.class)
    ProblemDetail transitionNotAllowed(TransitionNotAllowedException ex) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problems.of(
                HttpStatus.CONFLICT,
                "transition-not-allowed",
                locale,
                ex.fromState(),
                ex.toState(),
                ex.allowed().isEmpty() ? problems.message("problem.none", locale) : String.join(", ", ex.allowed()));
        problem.setProperty("from", ex.fromState());
        problem.setProperty("to", ex.toState());
        problem.setProperty("allowed", ex.allowed());
        return problem;
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolated(RuleViolationException ex) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problems.of(HttpStatus.CONFLICT, "rule-violated", locale);
        problem.setProperty(
                "rules",
                ex.rules().stream()
                        .map(rule -> new RuleMessage(rule, problems.message(rule, locale)))
                        .toList());
        ex.details().forEach(problem::setProperty);
        return problem;
    }

    /** A date that is not possible: 400 at its field, with what it conflicts with and that date. */
    @ExceptionHandler(EventDateException.class)
    ProblemDetail eventDate(EventDateException ex) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "validation", locale);
        problem.setProperty("errors", List.of(eventDates.fieldError(ex, locale)));
        return problem;
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail staleVersion() {
        return problems.of(HttpStatus.CONFLICT, "stale-version", LocaleContextHolder.getLocale());
    }

    /**
     * Two writers at once: Spring's translation, or JPA's own exception when Hibernate flushes the losing update
     * before a query inside the service (outside a repository's translation) rather than at commit.
     */
    @ExceptionHandler({
        DataIntegrityViolationException.class,
        OptimisticLockingFailureException.class,
        jakarta.persistence.OptimisticLockException.class
    })
    ProblemDetail conflict() {
        return problems.of(HttpStatus.CONFLICT, "conflict", LocaleContextHolder.getLocale());
    }

    /** The list's own whitelist refused the {@code sort}; the answer says what it offers, not what was sent. */
    @ExceptionHandler(SortNotOffered.class)
    ProblemDetail sortNotOffered(SortNotOffered ex) {
        Locale locale = LocaleContextHolder.getLocale();
        String offered =
                ex.offered().isEmpty() ? problems.message("problem.none", locale) : String.join(", ", ex.offered());
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "bad-sort", locale, offered);
        problem.setProperty("errors", List.of(new FieldError("sort", problem.getDetail())));
        return problem;
    }

    /**
     * A query or path value that does not convert ({@code to=<script>} for a date, a non-UUID id): the parameter is
     * named, its value is never repeated (Spring's own detail, "Failed to convert 'to' with value: '…'", would echo
     * whatever the caller sent).
     */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String name =
                ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "bad-parameter", locale, name);
        String message = ex.getCause() instanceof ConversionFailedException failed
                        && failed.getCause() instanceof InputRefused refused
                ? problems.message(refused.messageKey(), locale)
                : problems.message("problem.field.type", locale);
        problem.setProperty("errors", List.of(new FieldError(name, message)));
        return ResponseEntity.badRequest().body(problem);
    }

    /** A broken programme rule: its code and what it means, in the caller's language. */
    record RuleMessage(String rule, String message) {}

    private static String accepted(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(value -> ((Enum<?>) value).name())
                .collect(Collectors.joining(", "));
    }

    private static String fieldPath(MismatchedInputException mismatch) {
        return mismatch.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .map(FieldError::shown)
                .orElse("");
    }
}
