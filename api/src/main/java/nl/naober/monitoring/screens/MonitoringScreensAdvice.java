package nl.naober.monitoring.screens;

import nl.naober.programme.NotFoundException;
import nl.naober.shell.ScreenErrorPages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the monitoring screens as Dutch pages, before the REST API's Problem Details handler sees them: a period
 * of another municipality (or an unknown or malformed id) is a plain 404 page, as if it did not exist; a user
 * without a municipal role (a network admin) gets 403.
 */
@ControllerAdvice(assignableTypes = MonitoringScreens.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MonitoringScreensAdvice {

    private final ScreenErrorPages errorPages;

    MonitoringScreensAdvice(ScreenErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound() {
        return new ModelAndView("monitoring/not-found", HttpStatus.NOT_FOUND);
    }

    /** In the layout of the user's own area, with the way back to its start (not this area's bar). */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden() {
        return errorPages.page(HttpStatus.FORBIDDEN.value(), "monitoring.forbidden.text");
    }
}
