package nl.naober.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.naober.family.DuplicateFamilyException;
import nl.naober.programme.EventDateException;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.StaleVersionException;
import nl.naober.programme.TransitionNotAllowedException;
import nl.naober.web.problem.EventDateMessages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The API's own checks, said in the import's words: Bean Validation of the command record (the same annotations the
 * REST API validates) and the services' refusals, with the same Dutch texts the API and the screens use.
 */
@Component
class DomainMessages {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Validator validator;
    private final MessageSource messages;
    private final EventDateMessages eventDates;

    DomainMessages(Validator validator, MessageSource messages, EventDateMessages eventDates) {
        this.validator = validator;
        this.messages = messages;
        this.eventDates = eventDates;
    }

    /**
     * Validates a command as the API would; each violation becomes a problem in the column its property comes from.
     *
     * @param columns command property → column; a property without one is reported on the row
     * @return whether the command is valid
     */
    boolean validate(Object command, Cells cells, Map<String, String> columns) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        for (ConstraintViolation<Object> violation : violations) {
            String property = violation.getPropertyPath().toString();
            String root = property.contains(".") ? property.substring(0, property.indexOf('.')) : property;
            cells.problem(columns.getOrDefault(root, ""), lowerFirst(violation.getMessage()));
        }
        return violations.isEmpty();
    }

    /** The Dutch sentence for a refusal by a service, or empty for an exception that is not a refusal. */
    Optional<String> describe(RuntimeException refusal) {
        if (refusal instanceof RuleViolationException rules) {
            return Optional.of(String.join(
                    "; ",
                    rules.rules().stream().map(rule -> lowerFirst(text(rule))).toList()));
        }
        if (refusal instanceof EventDateException date) {
            return Optional.of(lowerFirst(eventDates.message(date, DUTCH)));
        }
        if (refusal instanceof TransitionNotAllowedException transition) {
            String prefix = switch (transition.subject()) {
                case "support-family" -> "status.supportFamily.";
                case "match" -> "status.match.";
                default -> "status.family.";
            };
            List<String> allowed = transition.allowed().stream()
                    .map(state -> text(prefix + state, state))
                    .toList();
            return Optional.of("de status kan niet van " + text(prefix + transition.fromState(), transition.fromState())
                    + " naar " + text(prefix + transition.toState(), transition.toState())
                    + (allowed.isEmpty() ? "" : " (wel naar: " + String.join(", ", allowed) + ")"));
        }
        if (refusal instanceof DuplicateFamilyException) {
            return Optional.of(lowerFirst(text("problem.duplicate-family.detail")));
        }
        if (refusal instanceof StaleVersionException) {
            return Optional.of("is tijdens de import door iemand anders gewijzigd; probeer het opnieuw");
        }
        if (refusal instanceof NotFoundException) {
            return Optional.of("verwijst naar iets dat niet (meer) bestaat");
        }
        if (refusal instanceof jakarta.validation.ConstraintViolationException violations) {
            return Optional.of(String.join(
                    "; ",
                    violations.getConstraintViolations().stream()
                            .map(v -> lowerFirst(v.getMessage()))
                            .toList()));
        }
        return Optional.empty();
    }

    String text(String code) {
        return messages.getMessage(code, null, code, DUTCH);
    }

    String text(String code, String fallback) {
        return messages.getMessage(code, null, fallback, DUTCH);
    }

    private static String lowerFirst(String text) {
        if (text == null || text.length() < 2 || Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
