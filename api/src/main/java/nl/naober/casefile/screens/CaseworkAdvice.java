package nl.naober.casefile.screens;

import java.time.Clock;
import java.time.LocalDate;
import nl.naober.programme.NotFoundException;
import nl.naober.shell.ScreenErrorPages;
import nl.naober.shell.Vocabulary;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the case-work screens as Dutch pages, before the REST API's Problem Details handler sees them: a
 * record that is not in this municipality (or a malformed id) is a plain 404 page, a policy officer gets 403.
 */
@ControllerAdvice(annotations = CaseworkScreen.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseworkAdvice {

    private final ScreenErrorPages errorPages;
    private final Clock clock;

    CaseworkAdvice(ScreenErrorPages errorPages, Clock clock) {
        this.errorPages = errorPages;
        this.clock = clock;
    }

    /** Empty fields are absent values, not empty strings: optional fields stay optional. */
    @InitBinder
    void blanksAreNull(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("vocab")
    Vocabulary vocabulary() {
        return Vocabulary.INSTANCE;
    }

    /** The latest day an event can have happened: the date fields' {@code max} and the status buttons' default. */
    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now(clock);
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound() {
        return new ModelAndView("casework/not-found", HttpStatus.NOT_FOUND);
    }

    /** In the layout of the user's own area, with the way back to its start (not this area's bar). */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden() {
        return errorPages.page(HttpStatus.FORBIDDEN.value(), "screen.forbidden.text");
    }
}
