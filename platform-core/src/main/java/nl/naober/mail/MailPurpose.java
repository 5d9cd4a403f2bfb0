package nl.naober.mail;

/** Why a mail is sent; shown on the outbox screen and used in metrics, never a person. */
public enum MailPurpose {
    NEW_REGISTRATION,
    REGISTRATION_CONFIRMATION,
    /** The first mail to a registrant's address: a link to confirm it (fixed text). */
    ADDRESS_CONFIRMATION,
    DAILY_DIGEST
}
