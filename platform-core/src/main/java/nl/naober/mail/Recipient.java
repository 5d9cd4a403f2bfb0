package nl.naober.mail;

import org.jspecify.annotations.Nullable;

/**
 * Someone a mail goes to.
 *
 * @param username the coordinator's username, {@code null} for a registrant
 * @param firstName how the mail greets them; may be {@code null}
 * @param email where it goes
 */
public record Recipient(String username, @Nullable String firstName, String email) {}
