package nl.naober.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.naober.programme.DayPart;

/**
 * The cells of one row, read as the types the commands take; every cell that cannot be read becomes a problem
 * naming its column, and the value null, so that one pass lists every mistake of the row.
 */
final class Cells {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final DateTimeFormatter DUTCH_LENIENT =
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DUTCH_SLASH =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern LIST = Pattern.compile("\\s*[,;]\\s*");

    private final SheetRow row;
    private final Problems problems;
    private boolean sound = true;

    /** Collects the problems of a run. */
    interface Problems {
        void add(ImportProblem problem);
    }

    Cells(SheetRow row, Problems problems) {
        this.row = row;
        this.problems = problems;
        this.sound = !row.unreadable();
    }

    SheetRow row() {
        return row;
    }

    /** False once any cell of this row was refused. */
    boolean sound() {
        return sound;
    }

    void problem(String column, String message) {
        sound = false;
        problems.add(new ImportProblem(row.kind().sheet(), row.number(), column, message));
    }

    String text(String column) {
        String value = row.get(column);
        if (value == null && row.kind().column(column).map(Column::required).orElse(false)) {
            problem(column, "is verplicht maar leeg");
        }
        return value;
    }

    LocalDate date(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        String plain = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
        for (DateTimeFormatter format :
                new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, DUTCH_LENIENT, DUTCH_SLASH}) {
            try {
                return LocalDate.parse(plain, format);
            } catch (DateTimeParseException ignored) {
                // the next format
            }
        }
        problem(column, "\"" + value + "\" is geen geldige datum (gebruik dd-mm-jjjj of jjjj-mm-dd)");
        return null;
    }

    Integer integer(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.')).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            problem(column, "\"" + value + "\" is geen geheel getal");
            return null;
        }
    }

    Boolean yesNo(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "ja", "j", "yes", "true", "1" -> true;
            case "nee", "n", "no", "false", "0" -> false;
            default -> {
                problem(column, "\"" + value + "\" is geen ja of nee");
                yield null;
            }
        };
    }

    <E extends Enum<E>> E code(String column, Class<E> type) {
        String value = text(column);
        return value == null ? null : parse(column, value, type);
    }

    <E extends Enum<E>> Set<E> codes(String column, Class<E> type) {
        String value = text(column);
        Set<E> codes = EnumSet.noneOf(type);
        if (value != null) {
            for (String part : LIST.split(value)) {
                if (!part.isBlank()) {
                    E code = parse(column, part.strip(), type);
                    if (code != null) {
                        codes.add(code);
                    }
                }
            }
        }
        return codes;
    }

    /** Day-parts as the enum's codes (MONDAY_MORNING) or Dutch short ones (ma-ochtend, wo-middag, vr-avond). */
    Set<DayPart> dayParts(String column) {
        String value = text(column);
        Set<DayPart> parts = EnumSet.noneOf(DayPart.class);
        if (value != null) {
            for (String part : LIST.split(value)) {
                if (part.isBlank()) {
                    continue;
                }
                DayPart dayPart = ImportCodes.dayPart(part.strip());
                if (dayPart == null) {
                    problem(
                            column,
                            "onbekend dagdeel \"" + part.strip() + "\" (gebruik bv. ma-ochtend, wo-middag,"
                                    + " vr-avond)");
                } else {
                    parts.add(dayPart);
                }
            }
        }
        return parts;
    }

    private <E extends Enum<E>> E parse(String column, String value, Class<E> type) {
        String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        problem(column, "onbekende code \"" + value + "\"; kies uit: " + String.join(", ", names(type, Enum::name)));
        return null;
    }

    static <E extends Enum<E>> java.util.List<String> names(Class<E> type, Function<E, String> name) {
        return Arrays.stream(type.getEnumConstants()).map(name).toList();
    }

    static String dutch(LocalDate date) {
        return date.format(DUTCH);
    }
}
