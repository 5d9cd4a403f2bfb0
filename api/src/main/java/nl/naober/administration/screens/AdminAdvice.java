package nl.naober.administration.screens;

import nl.naober.programme.NotFoundException;
import nl.naober.shell.ScreenErrorPages;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the network admin's screens as Dutch pages, before the REST API's Problem Details handler sees them:
 * a municipality of another network (or one that does not exist) is a plain 404 page, anyone but a network admin
 * gets 403.
 */
@ControllerAdvice(
        assignableTypes = {
            MunicipalityScreens.class,
            MunicipalityTabScreens.class,
            ExpenditureFileScreens.class,
            OutboxScreens.class,
            PublicContactScreens.class
        })
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminAdvice {

    private final ScreenErrorPages errorPages;

    AdminAdvice(ScreenErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    /** Empty fields are absent values, not empty strings: optional fields stay optional. */
    @InitBinder
    void blanksAreNull(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound() {
        return new ModelAndView("admin/not-found", HttpStatus.NOT_FOUND);
    }

    /** In the layout of the user's own area, with the way back to its start (not this area's bar). */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden() {
        return errorPages.page(HttpStatus.FORBIDDEN.value(), "adminScreen.forbidden.text");
    }
}
