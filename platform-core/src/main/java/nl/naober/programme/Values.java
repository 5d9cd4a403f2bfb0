package nl.naober.programme;

import java.util.EnumSet;
import java.util.Set;

/** How case records store what a form or API call gives them: no blank strings, sets they own. */
public final class Values {

    private Values() {}

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static <E extends Enum<E>> Set<E> enumSet(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
