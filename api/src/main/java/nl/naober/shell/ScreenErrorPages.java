package nl.naober.shell;

import nl.naober.family.DuplicateFamilyException;
import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.StaleVersionException;
import nl.naober.programme.TransitionNotAllowedException;
import nl.naober.security.CurrentUsers;
import nl.naober.web.problem.DatabaseUnavailable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The Dutch page for an error a person meets on the screens (400, 403, 404, 405, 409, 500, …), in the layout of the
 * area the user works in (case work, administration, monitoring, privacy; a neutral one without a login), with what
 * happened and a way back to that area's start. Nothing of the request is repeated on it.
 */
@Component
public class ScreenErrorPages {

    static final String VIEW = "fout";

    /** The area whose bar the page shows, and the page a way back leads to. */
    enum Area {
        CASEWORK("/werk", "screen.error.back.casework"),
        ADMIN("/beheer", "screen.error.back.admin"),
        MONITORING("/monitoring", "screen.error.back.monitoring"),
        PRIVACY("/privacy/logboek", "screen.error.back.privacy"),
        NEUTRAL("/", "screen.backToStart");

        final String back;
        final String backKey;

        Area(String back, String backKey) {
            this.back = back;
            this.backKey = backKey;
        }

        static Area of(Role role) {
            return switch (role) {
                case COORDINATOR -> CASEWORK;
                case POLICY_OFFICER -> MONITORING;
                case NETWORK_ADMIN -> ADMIN;
                case PRIVACY_OFFICER -> PRIVACY;
                case PLATFORM_ADMIN -> NEUTRAL;
            };
        }
    }

    /** The page for this status, with the status's own text. */
    public ModelAndView page(int status) {
        return page(status, null);
    }

    /** The page for this status, with a text of its own for what happened (a message key), or the status's own. */
    public ModelAndView page(int status, String textKey) {
        HttpStatus shown = HttpStatus.resolve(status);
        if (shown == null) {
            shown = status >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        String kind = kind(status);
        Area area = CurrentUsers.current().map(CurrentUser::role).map(Area::of).orElse(Area.NEUTRAL);
        ModelAndView page = new ModelAndView(VIEW, shown);
        page.addObject("area", area.name().toLowerCase(java.util.Locale.ROOT));
        page.addObject("errorStatus", status);
        page.addObject("errorTitleKey", "screen.error." + kind + ".title");
        page.addObject("errorTextKey", textKey != null ? textKey : "screen.error." + kind + ".text");
        page.addObject("backUrl", area.back);
        page.addObject("backKey", area.backKey);
        return page;
    }

    /** The page for an exception a screen did not answer itself. */
    public ModelAndView page(Exception failure) {
        return page(status(failure));
    }

    static int status(Exception failure) {
        if (DatabaseUnavailable.causedBy(failure)) {
            return HttpStatus.SERVICE_UNAVAILABLE.value();
        }
        if (failure instanceof AccessDeniedException) {
            return HttpStatus.FORBIDDEN.value();
        }
        if (failure instanceof NotFoundException || failure instanceof MethodArgumentTypeMismatchException) {
            return HttpStatus.NOT_FOUND.value(); // a malformed id is an address that does not exist, as in each area
        }
        if (failure instanceof TransitionNotAllowedException
                || failure instanceof RuleViolationException
                || failure instanceof StaleVersionException
                || failure instanceof OptimisticLockingFailureException
                || failure instanceof jakarta.persistence.OptimisticLockException
                || failure instanceof DataIntegrityViolationException
                || failure instanceof DuplicateFamilyException) {
            return HttpStatus.CONFLICT.value();
        }
        if (failure instanceof ErrorResponse answered) {
            return answered.getStatusCode().value();
        }
        if (failure instanceof TypeMismatchException || failure instanceof ServletRequestBindingException) {
            return HttpStatus.BAD_REQUEST.value();
        }
        return HttpStatus.INTERNAL_SERVER_ERROR.value();
    }

    /** The texts per status: those a person can meet have their own, the rest share one. */
    static String kind(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 409 -> "conflict";
            case 503 -> DatabaseUnavailable.KEY;
            default -> status >= 500 ? "server-error" : "error";
        };
    }
}
