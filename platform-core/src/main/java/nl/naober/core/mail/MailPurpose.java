package nl.naober.core.mail;

/** Why a mail is sent; shown on the outbox screen and used in metrics, never a person. */
public enum MailPurpose {
    NEW_REGISTRATION,
    REGISTRATION_CONFIRMATION,
    DAILY_DIGEST
}
