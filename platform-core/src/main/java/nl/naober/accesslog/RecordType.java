package nl.naober.accesslog;

/** The kinds of personal record the log names; the lower-case form is what screens and CSV show. */
public enum RecordType {
    FAMILY,
    CHILD,
    SUPPORT_FAMILY,
    HOUSEHOLD_MEMBER,
    CONDUCT_CERTIFICATE,
    MATCH,
    EVALUATION,
    CONTACT_MOMENT,
    SIGNAL,
    OUTCOME,
    TIMELINE,
    REGISTRATION,
    OUTBOX_MAIL,
    MONITORING,
    ACCESS_LOG
}
