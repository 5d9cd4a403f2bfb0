package nl.naober.matching;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The children of a match, as comma-separated ids: always read and written with the match. */
@Converter
public class UuidListConverter implements AttributeConverter<List<UUID>, String> {

    @Override
    public String convertToDatabaseColumn(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    @Override
    public List<UUID> convertToEntityAttribute(String column) {
        return column == null || column.isBlank()
                ? List.of()
                : Arrays.stream(column.split(",")).map(UUID::fromString).toList();
    }
}
