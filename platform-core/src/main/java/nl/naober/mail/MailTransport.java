package nl.naober.mail;

import java.util.UUID;

/**
 * Hands one plain-text mail to a mail server. Present only when a server is configured; without one the outbox keeps
 * every mail PENDING.
 */
public interface MailTransport {

    /**
     * Sends the mail, or throws when the server did not accept it ({@link MailNotAccepted} carries the server's own
     * words). Returning normally means the server took responsibility for it.
     */
    void send(Delivery delivery);

    /**
     * One mail as it leaves the outbox.
     *
     * @param outboxId the outbox row: the same id on every attempt, so the transport derives a stable Message-ID from
     *     it and a receiver can recognise a mail sent twice (see docs/mail-and-jobs.md)
     */
    record Delivery(UUID outboxId, String to, String subject, String body) {}
}
