package nl.naober.shell;

import nl.naober.web.StaffScreen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What no screen answered itself (a change refused after all, a parameter that is missing, a fault) is a Dutch page
 * in the user's layout, never the REST API's Problem Details: this advice comes after each area's own (which answer
 * 404 and 403 with their own words, {@link Ordered#HIGHEST_PRECEDENCE}) and before the API's handler. It answers the
 * controllers marked {@link StaffScreen}, wherever their feature keeps them (a list of packages had left the privacy
 * and import screens out).
 */
@ControllerAdvice(annotations = StaffScreen.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ScreenErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ScreenErrorAdvice.class);

    private final ScreenErrorPages pages;

    ScreenErrorAdvice(ScreenErrorPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception failure) throws Exception {
        if (failure instanceof AuthenticationException) {
            throw failure; // Spring Security's to answer: the login page
        }
        int status = ScreenErrorPages.status(failure);
        if (status >= 500) {
            // the exception's class only: its message may hold what was typed
            log.error("Screen request failed: {}", failure.getClass().getName(), failure);
        }
        return pages.page(status);
    }
}
