package nl.naober.programme;

import java.util.Set;

/** A state change the state machine does not allow from the current state; 409 naming the allowed ones. */
public class TransitionNotAllowedException extends RuntimeException {

    private final String subject;
    private final String from;
    private final String to;
    private final Set<String> allowed;

    private TransitionNotAllowedException(String subject, Enum<?> from, Enum<?> to, Set<? extends Enum<?>> allowed) {
        super(subject + " cannot go from " + from + " to " + to + "; allowed: " + allowed);
        this.subject = subject;
        this.from = from.name();
        this.to = to.name();
        this.allowed = allowed.stream()
                .map(Enum::name)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    public static TransitionNotAllowedException from(
            String subject, Enum<?> from, Enum<?> to, Set<? extends Enum<?>> allowed) {
        return new TransitionNotAllowedException(subject, from, to, allowed);
    }

    public String subject() {
        return subject;
    }

    public String fromState() {
        return from;
    }

    public String toState() {
        return to;
    }

    public Set<String> allowed() {
        return allowed;
    }
}
