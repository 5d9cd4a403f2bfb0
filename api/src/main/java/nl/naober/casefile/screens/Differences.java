package nl.naober.casefile.screens;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.naober.shell.Vocabulary;

/**
 * What is stored now against what the coordinator typed, one row per field that differs: shown when an edit was
 * refused because someone else saved first, so the coordinator can see what would be replaced.
 */
final class Differences {

    /** One differing field: its Dutch label, the stored value and the typed value, both in words. */
    record Row(String label, String stored, String typed) {}

    private static final String NONE = "–";

    private final Screens screens;
    private final List<Row> rows = new ArrayList<>();

    Differences(Screens screens) {
        this.screens = screens;
    }

    Differences text(String labelCode, String stored, String typed) {
        String before = words(stored);
        String after = words(typed);
        if (!before.equalsIgnoreCase(after)) {
            rows.add(new Row(screens.text(labelCode), before, after));
        }
        return this;
    }

    Differences number(String labelCode, Integer stored, Integer typed) {
        if (!Objects.equals(stored, typed)) {
            rows.add(new Row(screens.text(labelCode), words(stored), words(typed)));
        }
        return this;
    }

    <E extends Enum<E>> Differences choices(
            String labelCode, Collection<E> stored, Collection<E> typed, String valuePrefix) {
        List<E> before = Vocabulary.INSTANCE.sorted(stored);
        List<E> after = Vocabulary.INSTANCE.sorted(typed);
        if (!before.equals(after)) {
            rows.add(new Row(screens.text(labelCode), labels(before, valuePrefix), labels(after, valuePrefix)));
        }
        return this;
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    private String labels(List<? extends Enum<?>> values, String valuePrefix) {
        return values.isEmpty()
                ? NONE
                : values.stream().map(v -> screens.text(valuePrefix + v.name())).collect(Collectors.joining(", "));
    }

    private static String words(Object value) {
        String text = value == null ? "" : value.toString().strip();
        return text.isEmpty() ? NONE : text;
    }
}
