package nl.naober.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.naober.web.problem.DatabaseUnavailable;
import nl.naober.web.problem.ProblemResponseWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/** 401, 403 (503 when the database could not check) and rejected requests of the REST API, as Problem Details. */
@Component
class ProblemSecurityHandlers {

    private final ProblemResponseWriter writer;

    ProblemSecurityHandlers(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    /** @param challenge sets the mode's {@code WWW-Authenticate} header; the body is written here */
    AuthenticationEntryPoint unauthorized(AuthenticationEntryPoint challenge) {
        return (request, response, exception) -> {
            if (DatabaseUnavailable.causedBy(exception)) {
                // the credentials could not be checked: not a 401 that sends a client to renew its password
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
                writer.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.KEY);
                return;
            }
            challenge.commence(request, response, exception);
            writer.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized");
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, exception) -> writer.write(request, response, HttpStatus.FORBIDDEN, "forbidden");
    }

    /** A local account still on its one-time password calls the API. */
    void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        writer.write(request, response, HttpStatus.FORBIDDEN, "password-change-required");
    }

    /** A login refused unchecked after too many failures; {@code Retry-After} in seconds, the detail in minutes. */
    void loginThrottled(HttpServletRequest request, HttpServletResponse response, LoginThrottled throttled)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
        writer.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "login-throttled", throttled.retryAfterMinutes());
    }

    /** A URL the firewall refuses (encoded slashes, semicolons, "..") simply does not exist. */
    RequestRejectedHandler notFound() {
        return (request, response, exception) -> writer.write(request, response, HttpStatus.NOT_FOUND, "not-found");
    }
}
