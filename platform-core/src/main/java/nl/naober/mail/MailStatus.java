package nl.naober.mail;

/**
 * PENDING until a mail server accepted it (SENT); PENDING rows are retried with back-off. HELD: to an address that has
 * not been confirmed yet; it is never sent until {@link MailOutbox#release} makes it PENDING.
 */
public enum MailStatus {
    PENDING,
    SENT,
    HELD
}
