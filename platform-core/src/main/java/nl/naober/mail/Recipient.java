package nl.naober.mail;

/**
 * Someone a mail goes to.
 *
 * @param username the coordinator's username, {@code null} for a registrant
 * @param firstName how the mail greets them; may be {@code null}
 * @param email where it goes
 */
public record Recipient(String username, String firstName, String email) {}
