package nl.naober.programme;

import java.util.UUID;

/** No such record in the municipality in context (whether or not it exists in another one). */
public class NotFoundException extends RuntimeException {

    private final String subject;

    private NotFoundException(String subject, UUID id) {
        super("No " + subject + " " + id + " in this municipality");
        this.subject = subject;
    }

    public static NotFoundException of(String subject, UUID id) {
        return new NotFoundException(subject, id);
    }

    /** {@code family}, {@code support-family}, {@code match}, ... */
    public String subject() {
        return subject;
    }
}
