package nl.naober.mail.web;

import jakarta.mail.MessagingException;
import org.springframework.mail.MailSendException;

/**
 * What the mail server (or the network) said when a mail was not accepted, as one line for the outbox screen: the
 * innermost Jakarta Mail error, which holds the server's reply ("550 5.1.1 ...") or the connection failure.
 */
final class ServerError {

    private ServerError() {}

    static String of(Exception refused) {
        // A refused message (rather than a refused connection) is kept per message, not as the cause.
        Throwable start = refused instanceof MailSendException failed
                        && !failed.getFailedMessages().isEmpty()
                ? failed.getFailedMessages().values().iterator().next()
                : refused;
        Throwable said = start;
        for (Throwable cause = start; cause != null; cause = cause.getCause()) {
            if (cause instanceof MessagingException) {
                said = cause;
            }
        }
        String text = said.getMessage() == null ? said.getClass().getSimpleName() : said.getMessage();
        Throwable network = said.getCause();
        if (network != null && !(network instanceof MessagingException) && network.getMessage() != null) {
            text += " (" + network.getClass().getSimpleName() + ": " + network.getMessage() + ")";
        }
        return text.replaceAll("\\s+", " ").strip();
    }
}
