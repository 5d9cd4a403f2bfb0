package nl.naober.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The periods monitoring may be asked for, on screens and in the API: whole calendar months (from the first day of a
 * month to the last day of a month, not after the current month, at most {@link #MAX_YEARS} years), or exactly one of
 * the municipality's evaluation periods. Any other pair of days is refused: comparing a range with the same range one
 * day longer would show what happened on that one day, whatever the small-count suppression hides (see docs/privacy.md,
 * "Disclosure rules for monitoring").
 */
public final class MonitoringPeriods {

    static final String FROM_NOT_FIRST = "monitoring.period.fromNotFirstOfMonth";
    static final String TO_NOT_LAST = "monitoring.period.toNotLastOfMonth";
    public static final String REVERSED = "monitoring.period.reversed";
    public static final String FUTURE = "monitoring.period.future";
    static final String TOO_LONG = "monitoring.period.tooLong";
    /** The longest period anyone may ask for, on screens and in the API. */
    public static final int MAX_YEARS = 10;
    /** The default: the current month and the eleven before it. */
    public static final int DEFAULT_MONTHS = 12;

    private MonitoringPeriods() {}

    /**
     * The period asked for in the API. Without {@code to}, up to the end of the current month; without {@code from},
     * the twelve months up to {@code to}.
     *
     * @param evaluationPeriods the municipality's evaluation periods, any of which may be asked for exactly; empty for
     *     the network view
     * @throws InvalidPeriodException naming {@code from} and/or {@code to}
     */
    public static MonitoringPeriod forApi(
            LocalDate from, LocalDate to, LocalDate today, Collection<MonitoringPeriod> evaluationPeriods) {
        LocalDate end = to != null ? to : YearMonth.from(today).atEndOfMonth();
        LocalDate start = from != null
                ? from
                : YearMonth.from(end).minusMonths(DEFAULT_MONTHS - 1L).atDay(1);
        for (MonitoringPeriod evaluation : evaluationPeriods) {
            if (evaluation.from().equals(start) && evaluation.to().equals(end)) {
                return evaluation;
            }
        }
        List<InvalidPeriodException.Refusal> refusals = new ArrayList<>();
        if (start.getDayOfMonth() != 1) {
            refusals.add(new InvalidPeriodException.Refusal("from", FROM_NOT_FIRST));
        }
        if (!end.equals(YearMonth.from(end).atEndOfMonth())) {
            refusals.add(new InvalidPeriodException.Refusal("to", TO_NOT_LAST));
        }
        if (!refusals.isEmpty()) {
            throw new InvalidPeriodException(refusals);
        }
        return months(YearMonth.from(start), YearMonth.from(end), today);
    }

    /** Whether {@code from} and {@code to} are whole months. */
    public static boolean wholeMonths(LocalDate from, LocalDate to) {
        return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
    }

    /**
     * The months {@code first} through {@code last}.
     *
     * @throws InvalidPeriodException naming {@code to} when reversed, after the current month or too long
     */
    public static MonitoringPeriod months(YearMonth first, YearMonth last, LocalDate today) {
        String refused = refusal(first, last, today);
        if (refused != null) {
            throw new InvalidPeriodException(List.of(new InvalidPeriodException.Refusal("to", refused)));
        }
        return new MonitoringPeriod(first.atDay(1), last.atEndOfMonth());
    }

    /** The message key of what is wrong with these months, or {@code null} when they may be asked for. */
    public static String refusal(YearMonth first, YearMonth last, LocalDate today) {
        if (last.isBefore(first)) {
            return REVERSED;
        }
        if (last.isAfter(YearMonth.from(today))) {
            return FUTURE;
        }
        if (first.plusYears(MAX_YEARS).isBefore(last.plusMonths(1))) {
            return TOO_LONG;
        }
        return null;
    }

    /** The default period: the current month and the eleven before it. */
    public static MonitoringPeriod lastTwelveMonths(LocalDate today) {
        YearMonth now = YearMonth.from(today);
        return months(now.minusMonths(DEFAULT_MONTHS - 1L), now, today);
    }
}
