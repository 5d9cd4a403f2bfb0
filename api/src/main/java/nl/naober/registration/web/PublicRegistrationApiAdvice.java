package nl.naober.registration.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import nl.naober.web.problem.FieldError;
import nl.naober.web.problem.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The public API's own refusals as Problem Details; everything else goes to the shared API handler. */
@RestControllerAdvice(assignableTypes = PublicRegistrationController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicRegistrationApiAdvice {

    private final Problems problems;
    private final ProofOfWork proofOfWork;

    PublicRegistrationApiAdvice(Problems problems, ProofOfWork proofOfWork) {
        this.problems = problems;
        this.proofOfWork = proofOfWork;
    }

    /** Past the allowance: the challenge to solve, where to get a fresh one, and how long waiting would take. */
    @ExceptionHandler(ChallengeRequired.class)
    ResponseEntity<ProblemDetail> challengeRequired(ChallengeRequired required, HttpServletRequest request) {
        ProblemDetail problem = problems.of(
                HttpStatus.TOO_MANY_REQUESTS,
                "registration-challenge-required",
                LocaleContextHolder.getLocale(),
                required.retryAfterSeconds());
        problem.setProperty("challenge", proofOfWork.challenge());
        problem.setProperty("challengeUrl", request.getRequestURI() + PublicRegistrationController.CHALLENGE);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(required.retryAfterSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(problem);
    }

    @ExceptionHandler(RateLimitExceeded.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitExceeded exceeded) {
        ProblemDetail problem = problems.of(
                HttpStatus.TOO_MANY_REQUESTS,
                "registration-rate-limited",
                LocaleContextHolder.getLocale(),
                exceeded.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(exceeded.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler(IdempotencyKey.InvalidIdempotencyKey.class)
    ProblemDetail invalidIdempotencyKey() {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "validation", locale);
        problem.setProperty(
                "errors",
                List.of(new FieldError(
                        IdempotencyKey.HEADER, problems.message("registration.idempotencyKey.invalid", locale))));
        return problem;
    }
}
