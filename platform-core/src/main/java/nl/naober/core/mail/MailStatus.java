package nl.naober.core.mail;

/** PENDING until a mail server accepted it (SENT); PENDING rows are retried with back-off. */
public enum MailStatus {
    PENDING,
    SENT
}
