package nl.naober.monitoring.screens;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.naober.monitoring.MonitoringPeriod;
import nl.naober.monitoring.MonitoringPeriods;

/**
 * The period form of the dashboards ({@code van}, {@code tot}): two months, what was typed kept as typed, and the
 * period it means (the first day of the first month to the last day of the last), or the Dutch problems with it.
 * Only whole months can be chosen ({@link MonitoringPeriods}). A month reads {@code 2025-03} (what
 * {@code <input type="month">} sends) or {@code 03-2025}; a date is taken as its month only when it is the month's
 * first day at "Van" and its last day at "Tot en met", so an old link over whole months still works and a day range
 * is refused. Without both fields it is the current month and the eleven before it.
 *
 * @param van what was typed as the first month (or the default)
 * @param tot what was typed as the last month
 * @param errors the problems, in form order; empty when {@link #period()} holds the period
 */
record PeriodForm(String van, String tot, YearMonth first, YearMonth last, String latest, List<FieldProblem> errors) {

    private static final Locale DUTCH_LOCALE = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM uuuu", DUTCH_LOCALE);
    private static final List<DateTimeFormatter> MONTHS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M-uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final List<DateTimeFormatter> DAYS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));

    /** A problem with one field; {@code field} is the input's id. */
    record FieldProblem(String field, String message) {}

    PeriodForm {
        errors = List.copyOf(errors);
    }

    static PeriodForm of(String van, String tot, LocalDate today) {
        String typedFrom = trim(van);
        String typedTo = trim(tot);
        String latest = YearMonth.from(today).toString();
        if (typedFrom == null && typedTo == null) {
            MonitoringPeriod period = MonitoringPeriods.lastTwelveMonths(today);
            YearMonth first = YearMonth.from(period.from());
            YearMonth last = YearMonth.from(period.to());
            return new PeriodForm(first.toString(), last.toString(), first, last, latest, List.of());
        }
        List<FieldProblem> errors = new ArrayList<>();
        YearMonth first = parse("van", "Van", typedFrom, true, errors);
        YearMonth last = parse("tot", "Tot en met", typedTo, false, errors);
        if (first != null && last != null) {
            String refusal = MonitoringPeriods.refusal(first, last, today);
            if (refusal != null) {
                errors.add(new FieldProblem("tot", message(refusal, first, today)));
            }
        }
        return new PeriodForm(
                typedFrom == null ? "" : typedFrom, typedTo == null ? "" : typedTo, first, last, latest, errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public List<String> errorsOf(String field) {
        return errors.stream()
                .filter(e -> e.field().equals(field))
                .map(FieldProblem::message)
                .toList();
    }

    /** The period; only for a valid form. */
    MonitoringPeriod period() {
        if (!valid()) {
            throw new IllegalStateException("no period: " + errors);
        }
        return new MonitoringPeriod(first.atDay(1), last.atEndOfMonth());
    }

    /** The first day in ISO notation, for file names. */
    public String isoFrom() {
        return period().from().toString();
    }

    /** The last day in ISO notation, for file names. */
    public String isoTo() {
        return period().to().toString();
    }

    /** The query of the period's links (CSV, PDF): {@code van=2025-01&tot=2025-12}. */
    public String query() {
        return "van=" + first + "&tot=" + last;
    }

    private static String message(String refusal, YearMonth first, LocalDate today) {
        return switch (refusal) {
            case MonitoringPeriods.REVERSED ->
                "De maand bij ‘Tot en met’ ligt vóór de maand bij ‘Van’. Kies een" + " maand vanaf "
                        + MONTH_NAME.format(first) + ".";
            case MonitoringPeriods.FUTURE ->
                "De maand bij ‘Tot en met’ ligt na deze maand. Kies uiterlijk " + MONTH_NAME.format(today) + ".";
            default -> "Kies een periode van hoogstens " + MonitoringPeriods.MAX_YEARS + " jaar.";
        };
    }

    private static YearMonth parse(String field, String label, String typed, boolean start, List<FieldProblem> errors) {
        if (typed == null) {
            errors.add(new FieldProblem(field, "Kies bij ‘" + label + "’ een maand, bijvoorbeeld 2025-03."));
            return null;
        }
        for (DateTimeFormatter format : MONTHS) {
            try {
                return YearMonth.parse(typed, format);
            } catch (DateTimeParseException notThisOne) {
                // try the next notation
            }
        }
        for (DateTimeFormatter format : DAYS) {
            try {
                LocalDate day = LocalDate.parse(typed, format);
                YearMonth month = YearMonth.from(day);
                if (day.equals(start ? month.atDay(1) : month.atEndOfMonth())) {
                    return month;
                }
                errors.add(new FieldProblem(
                        field,
                        "Bij ‘" + label + "’ kies je een hele maand, geen dag: ‘" + typed + "’ is niet de "
                                + (start ? "eerste" : "laatste") + " dag van een maand. Kies bijvoorbeeld "
                                + month + "."));
                return null;
            } catch (DateTimeParseException notThisOne) {
                // try the next notation
            }
        }
        errors.add(new FieldProblem(
                field, "‘" + typed + "’ bij ‘" + label + "’ is geen maand. Kies een maand, bijvoorbeeld 2025-03."));
        return null;
    }

    private static String trim(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() > 40 ? trimmed.substring(0, 40) : trimmed;
    }
}
