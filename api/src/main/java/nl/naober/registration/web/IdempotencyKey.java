package nl.naober.registration.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** The client's key for one registration: the API's {@code Idempotency-Key} header or the form's hidden token. */
final class IdempotencyKey {

    static final String HEADER = "Idempotency-Key";

    /** Visible ASCII only, and short enough for the column: it is stored, and it must not smuggle anything in. */
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,100}");

    private IdempotencyKey() {}

    /**
     * @return the key, or null when none was given
     * @throws InvalidIdempotencyKey (400) when it is too long or has other characters
     */
    static String checked(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String stripped = key.strip();
        if (!VALID.matcher(stripped).matches()) {
            throw new InvalidIdempotencyKey();
        }
        return stripped;
    }

    /** The form's token: a UUID it was given on GET; anything else is ignored (the content check still works). */
    static String fromForm(String token) {
        if (token == null) {
            return null;
        }
        try {
            return "form:" + UUID.fromString(token.strip());
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    static String newFormToken() {
        return UUID.randomUUID().toString();
    }

    /** A header that cannot be a key. */
    static final class InvalidIdempotencyKey extends RuntimeException {
        InvalidIdempotencyKey() {
            super("invalid Idempotency-Key header");
        }
    }
}
