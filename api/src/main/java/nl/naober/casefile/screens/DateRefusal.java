package nl.naober.casefile.screens;

import java.io.Serializable;
import java.time.LocalDate;
import nl.naober.web.FormFailure;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An impossible day typed in the date field of a form that has no form object of its own (a status button, a
 * proposal, a cancellation, a trial start), shown at that field: its Dutch message beside it, what was typed kept,
 * and a line in the page's problem box that links to it ({@code casework/event-date :: field}, {@code cwMessages}).
 *
 * @param field the id of the date input on the page (null: the problem box shows the message without a link)
 * @param typed the day as typed (ISO, what a date input holds), or null
 */
public record DateRefusal(String field, String typed, String message) implements Serializable {

    /** The model attribute the page reads. */
    static final String MODEL = "dateRefusal";

    static DateRefusal at(String field, LocalDate typed, String message) {
        return new DateRefusal(field, typed == null ? null : typed.toString(), message);
    }

    /** The same refusal at another field id (a page with one such field per row learns the row when it is shown). */
    DateRefusal movedTo(String otherField) {
        return new DateRefusal(otherField, typed, message);
    }

    /** The answer to the POST: back to the page (post/redirect/get), focus on its problem box, which links here. */
    String redirect(String page, RedirectAttributes redirect) {
        redirect.addFlashAttribute(MODEL, this);
        return FormFailure.at(page, FormFailure.PROBLEMS).redirect(redirect);
    }
}
