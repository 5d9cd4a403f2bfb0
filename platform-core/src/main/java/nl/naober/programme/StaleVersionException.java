package nl.naober.programme;

/** The client edited an older version of the record than the stored one: 409, reload and try again. */
public class StaleVersionException extends RuntimeException {

    private StaleVersionException(String subject, long expected, long actual) {
        super(subject + " was changed meanwhile: version " + actual + ", not " + expected);
    }

    public static void check(String subject, long expected, long actual) {
        if (expected != actual) {
            throw new StaleVersionException(subject, expected, actual);
        }
    }
}
