package nl.naober.monitoring;

import java.util.List;

/**
 * A monitoring period that the rules of {@link MonitoringPeriods} refuse (a day range that is not whole months, a
 * reversed, future or overlong period): the caller's input, a 400 naming the parameter.
 */
public class InvalidPeriodException extends RuntimeException {

    /** One refused parameter ({@code from} or {@code to}) and the message key that says why. */
    public record Refusal(String field, String messageKey) {}

    private final List<Refusal> refusals;

    InvalidPeriodException(List<Refusal> refusals) {
        super(refusals.toString());
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
