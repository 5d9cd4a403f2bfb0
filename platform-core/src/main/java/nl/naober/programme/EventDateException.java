package nl.naober.programme;

import java.time.LocalDate;

/**
 * The date of an event is not possible: in the future, or before the record or step it follows (registered ≤
 * intake ≤ proposal ≤ trial start ≤ evaluation ≤ closing). A 400 that names the field and the date it conflicts
 * with, so a client, a screen or an import can put it right.
 */
public class EventDateException extends RuntimeException {

    /** {@link #conflictsWith()} of a date after today. */
    public static final String TODAY = "today";

    private final String field;
    private final String conflictsWith;
    private final LocalDate conflictingDate;

    private EventDateException(String field, String conflictsWith, LocalDate conflictingDate) {
        super("Event date " + field + " conflicts with " + conflictsWith + " " + conflictingDate);
        this.field = field;
        this.conflictsWith = conflictsWith;
        this.conflictingDate = conflictingDate;
    }

    /**
     * Refuses {@code date} when it lies before {@code earliest} (if known).
     *
     * @param field the command's field, e.g. {@code proposedOn}
     * @param conflictsWith what {@code earliest} is, e.g. {@code family.registrationDate}
     */
    public static void requireNotBefore(String field, LocalDate date, String conflictsWith, LocalDate earliest) {
        if (date != null && earliest != null && date.isBefore(earliest)) {
            throw new EventDateException(field, conflictsWith, earliest);
        }
    }

    /** Refuses a date after {@code today}. */
    public static void requireNotFuture(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new EventDateException(field, TODAY, today);
        }
    }

    /** The event's date or, when none was given, today; never in the future. */
    public static LocalDate dateOrToday(String field, LocalDate date, LocalDate today) {
        requireNotFuture(field, date, today);
        return date != null ? date : today;
    }

    public String field() {
        return field;
    }

    /** What the date conflicts with: a field of the record or the step before ({@code registrationDate}), or {@link #TODAY}. */
    public String conflictsWith() {
        return conflictsWith;
    }

    public LocalDate conflictingDate() {
        return conflictingDate;
    }
}
