package nl.naober.crypto;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every column of a municipality's schema that holds encrypted values: the attributes converted by
 * {@link EncryptedText} (and a child's needs), and the key an import hashes its references with. {@link ReEncryption} rewrites these, the municipality export decrypts
 * them; a test checks the list against what the application really stores encrypted.
 */
public final class EncryptedColumns {

    /** One column in a tenant schema. */
    public record Column(String table, String name) {}

    public static final List<Column> ALL = List.of(
            new Column("child", "needs"),
            new Column("child", "needs_text"),
            new Column("family", "reason_other"),
            new Column("family_intake", "wishes"),
            new Column("family_intake", "notes"),
            new Column("support_family", "experience_text"),
            new Column("support_family", "preferences"),
            new Column("support_family_intake", "wishes"),
            new Column("support_family_intake", "notes"),
            new Column("family_match", "outcome_notes"),
            new Column("evaluation", "notes"),
            new Column("contact_moment", "notes"),
            new Column("match_signal", "notes"),
            new Column("timeline_entry", "summary"),
            new Column("appointment", "place"),
            new Column("import_ref_key", "secret"));

    private EncryptedColumns() {}

    /** The encrypted columns of one table; empty for a table without any. */
    public static Set<String> of(String table) {
        return ALL.stream()
                .filter(column -> column.table().equals(table))
                .map(Column::name)
                .collect(Collectors.toUnmodifiableSet());
    }
}
