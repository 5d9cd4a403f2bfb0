package nl.naober.core.programme;

import java.util.List;

/**
 * A programme rule refuses the change (e.g. no valid VOG, no capacity, a second open match): 409 with a code per
 * broken rule, so a client or screen can say exactly what is missing.
 */
public class RuleViolationException extends RuntimeException {

    private final List<String> rules;

    private RuleViolationException(List<String> rules) {
        super("Refused by programme rules: " + rules);
        this.rules = List.copyOf(rules);
    }

    public static RuleViolationException of(List<String> rules) {
        return new RuleViolationException(rules);
    }

    public static RuleViolationException of(String rule) {
        return new RuleViolationException(List.of(rule));
    }

    /** Message codes such as {@code rule.vog-missing}. */
    public List<String> rules() {
        return rules;
    }
}
