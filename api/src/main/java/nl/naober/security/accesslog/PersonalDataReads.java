package nl.naober.security.accesslog;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.accesslog.AccessAction;
import nl.naober.accesslog.AccessEntry;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;
import org.springframework.data.domain.Page;

/**
 * The log lines of what one response shows: every {@link PersonalData} record in it (a single one is a READ, one in a
 * list a LIST), and, when the path names a file (a family, support family or match) that none of them names, a READ
 * of that file (its timeline or outcomes were shown, say). Walks records, lists, pages, maps and optionals; stops at
 * a personal record, because what it contains is part of it.
 */
final class PersonalDataReads {

    private static final int MAX_DEPTH = 5;
    private static final Pattern FILE_IN_PATH = Pattern.compile(
            "/(families|gezinnen|support-families|steungezinnen|matches|koppelingen)/([0-9a-fA-F-]{36})(/|$)");

    private PersonalDataReads() {}

    static List<AccessEntry> of(Object shown, String path, String endpoint) {
        Set<AccessEntry> entries = new LinkedHashSet<>();
        Optional<AccessRecord> file = fileInPath(path);
        walk(shown, false, 0, entries, file.orElse(null), endpoint);
        file.filter(f -> entries.stream().noneMatch(e -> e.record().sharesFileWith(f)))
                .ifPresent(f -> entries.add(AccessEntry.read(AccessAction.READ, f, endpoint)));
        return new ArrayList<>(entries);
    }

    static Optional<AccessRecord> fileInPath(String path) {
        Matcher matcher = FILE_IN_PATH.matcher(path);
        if (!matcher.find()) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(matcher.group(2));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
        return Optional.of(
                switch (matcher.group(1)) {
                    case "families", "gezinnen" -> AccessRecord.family(RecordType.FAMILY, id, id);
                    case "support-families", "steungezinnen" ->
                        AccessRecord.supportFamily(RecordType.SUPPORT_FAMILY, id, id);
                    default -> AccessRecord.match(RecordType.MATCH, id, id);
                });
    }

    private static void walk(
            Object value, boolean inList, int depth, Set<AccessEntry> out, AccessRecord file, String endpoint) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof PersonalData personal) {
            AccessRecord record = file == null
                    ? personal.accessRecord()
                    : personal.accessRecord().within(file);
            out.add(AccessEntry.read(inList ? AccessAction.LIST : AccessAction.READ, record, endpoint));
        } else if (value instanceof Page<?> page) {
            page.getContent().forEach(item -> walk(item, true, depth + 1, out, file, endpoint));
        } else if (value instanceof Iterable<?> items) {
            items.forEach(item -> walk(item, true, depth + 1, out, file, endpoint));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> walk(item, inList, depth + 1, out, file, endpoint));
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(item -> walk(item, inList, depth + 1, out, file, endpoint));
        } else if (value instanceof Object[] array) {
            for (Object item : array) {
                walk(item, true, depth + 1, out, file, endpoint);
            }
        } else if (value.getClass().isRecord()
                && value.getClass().getPackageName().startsWith("nl.naober")) {
            for (Method accessor : ACCESSORS.get(value.getClass())) {
                walk(read(accessor, value), inList, depth + 1, out, file, endpoint);
            }
        }
    }

    /**
     * A record's accessors, looked up and made accessible once per class: {@code getRecordComponents()} builds its
     * answer anew at every call, and this runs for every response body (issue 17 item 2).
     */
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                accessors.add(accessor);
            }
            return List.copyOf(accessors);
        }
    };

    private static Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " to log what is shown", e);
        }
    }
}
