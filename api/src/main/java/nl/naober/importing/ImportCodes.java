package nl.naober.importing;

import java.util.Locale;
import java.util.Map;
import nl.naober.programme.DayPart;

/** The Dutch short codes the template accepts next to the enums' own names. */
final class ImportCodes {

    private static final Map<String, String> DAYS = Map.of(
            "ma",
            "MONDAY",
            "di",
            "TUESDAY",
            "wo",
            "WEDNESDAY",
            "do",
            "THURSDAY",
            "vr",
            "FRIDAY",
            "za",
            "SATURDAY",
            "zo",
            "SUNDAY");
    private static final Map<String, String> PARTS =
            Map.of("ochtend", "MORNING", "middag", "AFTERNOON", "avond", "EVENING");

    private ImportCodes() {}

    static DayPart dayPart(String code) {
        String upper = code.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (DayPart part : DayPart.values()) {
            if (part.name().equals(upper)) {
                return part;
            }
        }
        String[] dayAndPart = code.toLowerCase(Locale.ROOT).split("[- ]", 2);
        if (dayAndPart.length == 2 && DAYS.containsKey(dayAndPart[0]) && PARTS.containsKey(dayAndPart[1])) {
            return DayPart.valueOf(DAYS.get(dayAndPart[0]) + "_" + PARTS.get(dayAndPart[1]));
        }
        return null;
    }

    /** The Dutch short code of a day-part, as the example files write it. */
    static String dutch(DayPart part) {
        String day = DAYS.entrySet().stream()
                .filter(e -> e.getValue().equals(part.day().name()))
                .findFirst()
                .orElseThrow()
                .getKey();
        String partOfDay = PARTS.entrySet().stream()
                .filter(e -> e.getValue().equals(part.part().name()))
                .findFirst()
                .orElseThrow()
                .getKey();
        return day + "-" + partOfDay;
    }
}
