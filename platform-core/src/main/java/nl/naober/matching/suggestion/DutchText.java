package nl.naober.matching.suggestion;

import java.util.List;
import nl.naober.programme.DayPart;
import nl.naober.programme.NeedCategory;

/** The Dutch words of the explanations; built only for candidates that are shown, never in the hot loop. */
final class DutchText {

    private static final String[] DAYS = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"
    };
    private static final String[] DAY_PART_LABELS = new String[DayPart.values().length];

    static {
        for (DayPart dayPart : DayPart.values()) {
            DAY_PART_LABELS[dayPart.ordinal()] = DAYS[dayPart.day().ordinal()] + partOfDay(dayPart.part());
        }
    }

    private DutchText() {}

    private static String partOfDay(DayPart.PartOfDay part) {
        return switch (part) {
            case MORNING -> "ochtend";
            case AFTERNOON -> "middag";
            case EVENING -> "avond";
        };
    }

    /** "woensdagmiddag". */
    static String dayPart(DayPart dayPart) {
        return DAY_PART_LABELS[dayPart.ordinal()];
    }

    /** "ADHD", "autisme", ... */
    static String need(NeedCategory need) {
        return switch (need) {
            case ADHD -> "ADHD";
            case AUTISM -> "autisme";
            case INTELLECTUAL_DISABILITY -> "verstandelijke beperking";
            case PHYSICAL_DISABILITY -> "lichamelijke beperking";
            case BEHAVIOURAL -> "gedragsproblemen";
            case MEDICAL -> "medische zorg";
            case TRAUMA -> "trauma";
            case OTHER -> "overig";
        };
    }

    /** Kilometres with one decimal and a decimal comma: "3,4". */
    static String kilometres(double km) {
        long tenths = Math.round(km * 10);
        return (tenths / 10) + "," + (tenths % 10);
    }

    /** "a", "a en b", "a, b en c". */
    static String and(List<String> items) {
        return join(items, " en ");
    }

    /** "a", "a of b", "a, b of c". */
    static String or(List<String> items) {
        return join(items, " of ");
    }

    private static String join(List<String> items, String last) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                text.append(i == items.size() - 1 ? last : ", ");
            }
            text.append(items.get(i));
        }
        return text.toString();
    }
}
