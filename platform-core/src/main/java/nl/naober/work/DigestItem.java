package nl.naober.work;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of a digest. It names no family, household or person: the link leads to the record behind a login.
 *
 * @param path the screen of the record, e.g. {@code /koppelingen/<id>}; the mail puts the public address before it
 * @param date REGISTRATION: the day it came in; TRIAL_ENDING: the planned end; EVALUATION_DUE: the due day; VOG: the
 *     day it expires or the member turns 18, {@code null} when it is missing
 * @param note REGISTRATION: the registrant's first name; VOG: why (EXPIRES, MISSING or TURNS_18); else {@code null}
 */
public record DigestItem(
        Topic topic, String path, LocalDate date, @Nullable String note) {

    /** In the order the mail lists them. */
    public enum Topic {
        REGISTRATION,
        TRIAL_ENDING,
        EVALUATION_DUE,
        VOG
    }
}
