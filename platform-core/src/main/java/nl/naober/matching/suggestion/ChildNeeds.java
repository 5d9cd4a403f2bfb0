package nl.naober.matching.suggestion;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import nl.naober.programme.NeedCategory;

/**
 * One child of the requesting family, as far as matching cares: age and need categories.
 *
 * @param ageInYears the child's age in whole years, not negative
 * @param needs the child's need categories; {@code null} means none
 */
public record ChildNeeds(int ageInYears, Set<NeedCategory> needs) {

    public ChildNeeds {
        if (ageInYears < 0) {
            throw new IllegalArgumentException("ageInYears must not be negative: " + ageInYears);
        }
        needs = immutableEnumSet(needs, NeedCategory.class);
    }

    static <E extends Enum<E>> Set<E> immutableEnumSet(Collection<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            copy.addAll(values);
        }
        return Collections.unmodifiableSet(copy);
    }
}
