package nl.naober.registration.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.naober.family.RegistrationReason;
import nl.naober.programme.DayPart;
import nl.naober.registration.NewPublicRegistration;
import nl.naober.web.FormValidation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Validates a posted form through {@link NewPublicRegistration}'s rules, puts each broken rule on its field, and
 * lists them for the error summary in the order the page asks the questions, each with the id it links to.
 */
@Component
class FormErrors {

    /** The form's fields top to bottom; a group of checkboxes is reached through its first box. */
    private static final List<String> PAGE_ORDER = List.of(
            "firstName",
            "lastName",
            "email",
            "phone",
            "postcode",
            "houseNumber",
            "numberOfChildren",
            "capacity",
            "reasons",
            "dayParts",
            "message",
            "consent");

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** One line of the error summary: the message and the id of the field it belongs to. */
    record Line(String fieldId, String message) {}

    private final FormValidation forms;
    private final MessageSource messages;

    FormErrors(FormValidation forms, MessageSource messages) {
        this.forms = forms;
        this.messages = messages;
    }

    /**
     * Adds the command's violations to the form's errors; a field that could not even be read (letters in a number)
     * keeps only that error.
     *
     * @return whether the form is valid
     */
    boolean validate(NewPublicRegistration command, BindingResult result) {
        return forms.validate(command, result, PAGE_ORDER::contains);
    }

    List<Line> summary(BindingResult result) {
        return result.getFieldErrors().stream()
                .filter(error -> PAGE_ORDER.contains(error.getField()))
                .sorted(Comparator.comparingInt(error -> PAGE_ORDER.indexOf(error.getField())))
                .map(error -> new Line(fieldId(error.getField()), messages.getMessage(error, DUTCH)))
                .distinct()
                .toList();
    }

    /** The id of the element an error links to; matches the ids in {@code public/formulier.html}. */
    static String fieldId(String field) {
        return switch (field) {
            case "reasons" -> "reason-" + RegistrationReason.values()[0];
            case "dayParts" -> "dayPart-" + DayPart.values()[0];
            default -> field;
        };
    }
}
