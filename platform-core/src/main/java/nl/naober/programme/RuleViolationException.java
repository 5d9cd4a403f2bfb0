package nl.naober.programme;

import java.util.List;
import java.util.Map;

/**
 * A programme rule refuses the change (e.g. no valid VOG, no capacity, a second open match): 409 with a code per
 * broken rule, so a client or screen can say exactly what is missing.
 */
public class RuleViolationException extends RuntimeException {

    private final List<String> rules;
    private final Map<String, Object> details;

    private RuleViolationException(List<String> rules, Map<String, Object> details) {
        super("Refused by programme rules: " + rules);
        this.rules = List.copyOf(rules);
        this.details = Map.copyOf(details);
    }

    public static RuleViolationException of(List<String> rules) {
        return new RuleViolationException(rules, Map.of());
    }

    public static RuleViolationException of(String rule) {
        return of(List.of(rule));
    }

    /** One broken rule and the record it concerns, e.g. the open match that must be closed first. */
    public static RuleViolationException of(String rule, String detail, Object value) {
        return new RuleViolationException(List.of(rule), Map.of(detail, value));
    }

    /** Message codes such as {@code rule.vog-missing}. */
    public List<String> rules() {
        return rules;
    }

    /** Ids a client needs to put it right (no personal data), e.g. {@code matchId}. */
    public Map<String, Object> details() {
        return details;
    }
}
