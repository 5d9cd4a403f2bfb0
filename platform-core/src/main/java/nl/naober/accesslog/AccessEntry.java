package nl.naober.accesslog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line to write: what was done with which record.
 *
 * @param fields the names of the fields changed (never their values); empty for reads
 * @param detail what the line needs besides (the endpoint, a monitoring period); never personal data
 */
public record AccessEntry(
        AccessAction action,
        AccessRecord record,
        List<String> fields,
        @Nullable String detail) {

    public AccessEntry {
        fields = List.copyOf(fields);
    }

    public static AccessEntry read(AccessAction action, AccessRecord record, String detail) {
        return new AccessEntry(action, record, List.of(), detail);
    }
}
