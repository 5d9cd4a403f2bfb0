package nl.naober.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Bean Validation for the screens: checks a command built from a posted form and puts each broken rule on the
 * form's field of the same name, so the form re-renders with what was typed and the rule's Dutch message. The one
 * copy of this step for the case-work, admin and public registration screens.
 */
@Component
public class FormValidation {

    private final Validator validator;

    FormValidation(Validator validator) {
        this.validator = validator;
    }

    /**
     * Adds the command's violations to the form's errors, in the order of the command record's components (the order
     * the form asks them, so an error summary reads top to bottom). A field that already failed to bind (letters in a
     * number) keeps only that error.
     *
     * @return whether the form is valid
     */
    public boolean validate(Object command, BindingResult result) {
        return validate(command, result, field -> true);
    }

    /** As {@link #validate(Object, BindingResult)}, for the violations of the fields {@code onTheForm} accepts only. */
    public boolean validate(Object command, BindingResult result, Predicate<String> onTheForm) {
        List<ConstraintViolation<Object>> violations = new ArrayList<>(validator.validate(command));
        violations.sort(Comparator.comparingInt(
                v -> formOrder(command, v.getPropertyPath().toString())));
        for (ConstraintViolation<Object> violation : violations) {
            String field = violation.getPropertyPath().toString();
            if (!onTheForm.test(field) || result.hasFieldErrors(field)) {
                continue;
            }
            result.addError(new FieldError(
                    result.getObjectName(), field, typed(result, field), false, null, null, violation.getMessage()));
        }
        return !result.hasErrors();
    }

    /** The messages of a command's violations, sorted, for small forms without their own error summary. */
    public List<String> messages(Object command) {
        return validator.validate(command).stream()
                .map(ConstraintViolation::getMessage)
                .sorted()
                .toList();
    }

    /** What was typed in the field, or nothing when the command has a rule on a field the form does not have. */
    private static Object typed(BindingResult result, String field) {
        try {
            return result.getRawFieldValue(field);
        } catch (RuntimeException notOnTheForm) {
            return null;
        }
    }

    /** Where a field stands in a command record, so an error summary lists errors top to bottom as the form does. */
    private static int formOrder(Object command, String path) {
        String root = path.split("[.\\[]", 2)[0];
        RecordComponent[] components = command.getClass().getRecordComponents();
        for (int i = 0; components != null && i < components.length; i++) {
            if (components[i].getName().equals(root)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
