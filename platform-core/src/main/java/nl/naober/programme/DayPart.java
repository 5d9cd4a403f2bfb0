package nl.naober.programme;

import java.time.DayOfWeek;

/** A day-part (dagdeel): a weekday and morning, afternoon or evening. Support is given and offered in day-parts. */
public enum DayPart {
    MONDAY_MORNING(DayOfWeek.MONDAY, PartOfDay.MORNING),
    MONDAY_AFTERNOON(DayOfWeek.MONDAY, PartOfDay.AFTERNOON),
    MONDAY_EVENING(DayOfWeek.MONDAY, PartOfDay.EVENING),
    TUESDAY_MORNING(DayOfWeek.TUESDAY, PartOfDay.MORNING),
    TUESDAY_AFTERNOON(DayOfWeek.TUESDAY, PartOfDay.AFTERNOON),
    TUESDAY_EVENING(DayOfWeek.TUESDAY, PartOfDay.EVENING),
    WEDNESDAY_MORNING(DayOfWeek.WEDNESDAY, PartOfDay.MORNING),
    WEDNESDAY_AFTERNOON(DayOfWeek.WEDNESDAY, PartOfDay.AFTERNOON),
    WEDNESDAY_EVENING(DayOfWeek.WEDNESDAY, PartOfDay.EVENING),
    THURSDAY_MORNING(DayOfWeek.THURSDAY, PartOfDay.MORNING),
    THURSDAY_AFTERNOON(DayOfWeek.THURSDAY, PartOfDay.AFTERNOON),
    THURSDAY_EVENING(DayOfWeek.THURSDAY, PartOfDay.EVENING),
    FRIDAY_MORNING(DayOfWeek.FRIDAY, PartOfDay.MORNING),
    FRIDAY_AFTERNOON(DayOfWeek.FRIDAY, PartOfDay.AFTERNOON),
    FRIDAY_EVENING(DayOfWeek.FRIDAY, PartOfDay.EVENING),
    SATURDAY_MORNING(DayOfWeek.SATURDAY, PartOfDay.MORNING),
    SATURDAY_AFTERNOON(DayOfWeek.SATURDAY, PartOfDay.AFTERNOON),
    SATURDAY_EVENING(DayOfWeek.SATURDAY, PartOfDay.EVENING),
    SUNDAY_MORNING(DayOfWeek.SUNDAY, PartOfDay.MORNING),
    SUNDAY_AFTERNOON(DayOfWeek.SUNDAY, PartOfDay.AFTERNOON),
    SUNDAY_EVENING(DayOfWeek.SUNDAY, PartOfDay.EVENING);

    /** Morning, afternoon or evening. */
    public enum PartOfDay {
        MORNING,
        AFTERNOON,
        EVENING
    }

    private final DayOfWeek day;
    private final PartOfDay part;

    DayPart(DayOfWeek day, PartOfDay part) {
        this.day = day;
        this.part = part;
    }

    public DayOfWeek day() {
        return day;
    }

    public PartOfDay part() {
        return part;
    }
}
