package nl.naober.api.monitoring;

/** A monitoring period that ends before it starts (or runs over more than ten years): the caller's input. */
public class InvalidPeriodException extends RuntimeException {

    private final String messageKey;

    InvalidPeriodException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
