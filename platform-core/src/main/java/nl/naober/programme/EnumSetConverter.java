package nl.naober.programme;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a set of enum values as comma-separated names ({@code MONDAY_MORNING,WEDNESDAY_AFTERNOON}): readable in
 * the database and loaded with its row, without a join table per set. Matching reads these sets in Java.
 */
public abstract class EnumSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    protected EnumSetConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        return values == null || values.isEmpty()
                ? null
                : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(name -> Enum.valueOf(type, name))
                    .forEach(values::add);
        }
        return values;
    }

    /** Day-parts. */
    @jakarta.persistence.Converter
    public static class DayParts extends EnumSetConverter<DayPart> {
        public DayParts() {
            super(DayPart.class);
        }
    }

    /** Need categories (a child's needs, a support family's experience). */
    @jakarta.persistence.Converter
    public static class Needs extends EnumSetConverter<NeedCategory> {
        public Needs() {
            super(NeedCategory.class);
        }
    }
}
