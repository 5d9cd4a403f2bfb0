package nl.naober.web.problem;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.naober.programme.EventDateException;
import org.springframework.stereotype.Component;

/**
 * The text of an {@link EventDateException} at its field, for the REST API and the screens alike: what the date
 * conflicts with and that date, e.g. "Deze datum ligt vóór de aanmelding van het gezin (01-04-2023)."
 */
@Component
public class EventDateMessages {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Problems problems;

    EventDateMessages(Problems problems) {
        this.problems = problems;
    }

    public String message(EventDateException ex, Locale locale) {
        String date = "en".equals(locale.getLanguage())
                ? ex.conflictingDate().toString()
                : DUTCH.format(ex.conflictingDate());
        String specific = "event-date." + ex.conflictsWith();
        String text = problems.message(specific, locale, date);
        return text.equals(specific) ? problems.message("event-date.before", locale, date) : text;
    }

    /** The entry under {@code errors} of the 400 answer. */
    FieldError fieldError(EventDateException ex, Locale locale) {
        return new FieldError(ex.field(), message(ex, locale), ex.conflictsWith(), ex.conflictingDate());
    }
}
