package nl.naober.api.web.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import nl.naober.api.monitoring.MonitoringPeriods;
import nl.naober.core.monitoring.MonitoringPeriod;

/**
 * The period form of the dashboard ({@code van}, {@code tot}): what was typed, kept as typed, and the period it means,
 * or the Dutch problems with it. Accepts the Dutch notation (31-12-2025) and ISO (2025-12-31); without both fields
 * it is the last twelve calendar months up to today.
 *
 * @param van what was typed as the first day (or the default, in Dutch notation)
 * @param tot what was typed as the last day
 * @param errors the problems, in form order; empty when {@link #period()} holds the period
 */
record PeriodForm(String van, String tot, LocalDate from, LocalDate to, List<FieldProblem> errors) {

    /** Longer periods make a registrations-per-month table nobody reads, and a slow page. */
    private static final int MAX_YEARS = MonitoringPeriods.MAX_YEARS;

    static final DateTimeFormatter DUTCH =
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** A problem with one field; {@code field} is the input's id. */
    record FieldProblem(String field, String message) {}

    PeriodForm {
        errors = List.copyOf(errors);
    }

    static PeriodForm of(String van, String tot, LocalDate today) {
        String typedFrom = trim(van);
        String typedTo = trim(tot);
        if (typedFrom == null && typedTo == null) {
            LocalDate from = today.withDayOfMonth(1).minusMonths(11);
            return new PeriodForm(DUTCH.format(from), DUTCH.format(today), from, today, List.of());
        }
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate from = parse("van", "Van", typedFrom, errors);
        LocalDate to = parse("tot", "Tot en met", typedTo, errors);
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add(new FieldProblem(
                        "tot",
                        "De datum bij ‘Tot en met’ ligt vóór de datum bij ‘Van’. Kies een einddatum op of na "
                                + DUTCH.format(from) + "."));
            } else if (to.isAfter(from.plusYears(MAX_YEARS))) {
                errors.add(new FieldProblem("tot", "Kies een periode van hoogstens " + MAX_YEARS + " jaar."));
            }
        }
        return new PeriodForm(typedFrom == null ? "" : typedFrom, typedTo == null ? "" : typedTo, from, to, errors);
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
        return new MonitoringPeriod(from, to);
    }

    /** The period in ISO notation, for links (CSV, PDF) and file names. */
    public String isoFrom() {
        return from.toString();
    }

    public String isoTo() {
        return to.toString();
    }

    private static LocalDate parse(String field, String label, String typed, List<FieldProblem> errors) {
        if (typed == null) {
            errors.add(new FieldProblem(field, "Vul bij ‘" + label + "’ een datum in, bijvoorbeeld 31-12-2025."));
            return null;
        }
        for (DateTimeFormatter format : List.of(DUTCH, ISO)) {
            try {
                return LocalDate.parse(typed, format);
            } catch (DateTimeParseException notThisOne) {
                // try the next notation
            }
        }
        errors.add(new FieldProblem(
                field,
                "‘" + typed + "’ bij ‘" + label + "’ is geen bestaande datum. Schrijf dag-maand-jaar, bijvoorbeeld"
                        + " 31-12-2025."));
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
