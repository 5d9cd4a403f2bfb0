package nl.naober.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One rejected field in a 400 Problem Details body, under {@code errors}.
 *
 * @param conflictsWith for a date that is not possible: what it conflicts with (e.g. {@code registrationDate},
 *     {@code today}); absent otherwise
 * @param conflictingDate that date
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, String conflictsWith, LocalDate conflictingDate) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\[\\]-]{1,100}");

    public FieldError(String field, String message) {
        this(field, message, null, null);
    }

    /**
     * A field or parameter name the caller chose (an unknown JSON property, a map key, a query parameter) as it may be
     * shown: a plain name, or {@code "?"} for anything else, so that markup sent as a name is never sent back.
     */
    public static String shown(String name) {
        return name != null && NAME.matcher(name).matches() ? name : "?";
    }
}
