package nl.naober.mail;

import java.util.Objects;

/**
 * A plain-text mail to queue.
 *
 * @param dedupKey unique per mail that must go out once, e.g. {@code registration:<id>:coordinator:<username>};
 *     queueing the same key again is a no-op
 */
public record OutgoingMail(String dedupKey, MailPurpose purpose, String recipient, String subject, String body) {

    public OutgoingMail {
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
