package nl.naober.mail;

/** The mail server refused the mail or could not be reached; the message is the server's (or network's) error text. */
public class MailNotAccepted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailNotAccepted(String serverError, Throwable cause) {
        super(serverError, cause);
    }
}
