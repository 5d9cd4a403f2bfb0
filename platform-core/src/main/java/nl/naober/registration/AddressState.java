package nl.naober.registration;

/** Whether the registrant's e-mail address is confirmed, as the coordinator's inbox shows it. */
public enum AddressState {
    /** No address was given. */
    NONE,
    /** The confirmation link has not been opened (yet): nothing but that link was mailed to the address. */
    UNCONFIRMED,
    CONFIRMED
}
