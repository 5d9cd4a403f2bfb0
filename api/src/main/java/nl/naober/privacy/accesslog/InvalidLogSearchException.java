package nl.naober.privacy.accesslog;

/** A search of the log that cannot be answered as asked (400); {@code reason} picks the message. */
class InvalidLogSearchException extends RuntimeException {

    private final String reason;

    InvalidLogSearchException(String reason) {
        super("invalid access log search: " + reason);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
