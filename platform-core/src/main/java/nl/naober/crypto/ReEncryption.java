package nl.naober.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.naober.tenancy.OwnerDatabase;
import nl.naober.tenancy.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Brings every encrypted column of one municipality under the current key: values under an older key and plain text
 * stored before encryption existed are rewritten, values already under the current key are left alone, so a second
 * run changes nothing. Batches of rows in order of their {@code ctid}, one transaction per batch.
 *
 * <p>Plain JDBC as the schema owner ({@link OwnerDatabase}), not Hibernate as the municipality's role: a new key is
 * not a change of anyone's personal data, so it must not write access-log "change" lines (the log's Hibernate
 * listener would write one per row), nor raise a record's version under a coordinator who is editing it. Each update
 * names the value it read, so a row that the application changed in the meantime is skipped, not overwritten.
 */
@Component
public class ReEncryption {

    private static final Logger log = LoggerFactory.getLogger(ReEncryption.class);

    private final OwnerDatabase owner;
    private final FieldCipher cipher;
    private final int batchSize;

    ReEncryption(
            OwnerDatabase owner,
            FieldCipher cipher,
            @Value("${naober.encryption.reencrypt-batch-size:500}") int batchSize) {
        this.owner = owner;
        this.cipher = cipher;
        this.batchSize = Math.max(1, batchSize);
    }

    /**
     * Rewrites the municipality's values that are not under the current key.
     *
     * @return per table, how many values were rewritten, in the order of {@link EncryptedColumns#ALL}
     */
    public Map<String, Integer> reencrypt(Tenant tenant) {
        Map<String, Integer> rewritten = new LinkedHashMap<>();
        try (Connection connection = owner.dataSource().getConnection()) {
            connection.setSchema(tenant.schema());
            connection.setAutoCommit(false);
            for (EncryptedColumns.Column column : EncryptedColumns.ALL) {
                rewritten.merge(column.table(), reencrypt(connection, tenant, column), Integer::sum);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("re-encryption of municipality " + tenant.code() + " failed", e);
        }
        return rewritten;
    }

    private int reencrypt(Connection connection, Tenant tenant, EncryptedColumns.Column column) throws SQLException {
        // Both names are constants of EncryptedColumns; the schema is the connection's. The text form gets its own
        // name: "ORDER BY ctid" would otherwise sort by the output column, as text, where (0,10) comes before (0,2).
        String name = column.name();
        String select =
                "SELECT ctid::text AS row_ctid, " + name + " FROM " + column.table() + " WHERE ctid > ?::tid AND "
                        + name + " <> '' AND NOT starts_with(" + name + ", ?) ORDER BY ctid LIMIT ?";
        String update = "UPDATE " + column.table() + " SET " + name + " = ? WHERE ctid = ?::tid AND " + name + " = ?";
        String after = "(0,0)";
        int total = 0;
        while (true) {
            List<String[]> rows = batchAfter(connection, select, after);
            if (rows.isEmpty()) {
                connection.commit();
                return total;
            }
            total += rewrite(connection, update, rows);
            connection.commit();
            after = rows.get(rows.size() - 1)[0];
            log.info("{}.{}.{}: {} values re-encrypted so far", tenant.schema(), column.table(), name, total);
        }
    }

    /** The next batch of {ctid, value} pairs not yet under the current key, after the row {@code after}. */
    private List<String[]> batchAfter(Connection connection, String select, String after) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(select)) {
            query.setString(1, after);
            query.setString(2, cipher.currentPrefix());
            query.setInt(3, batchSize);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new String[] {result.getString(1), result.getString(2)});
                }
            }
        }
        return rows;
    }

    /** Writes the rows under the current key, each only if unchanged since it was read; rolls back on failure. */
    private int rewrite(Connection connection, String update, List<String[]> rows) throws SQLException {
        int written = 0;
        try (PreparedStatement write = connection.prepareStatement(update)) {
            for (String[] row : rows) {
                write.setString(1, cipher.encrypt(cipher.decrypt(row[1])));
                write.setString(2, row[0]);
                write.setString(3, row[1]);
                write.addBatch();
            }
            for (int count : write.executeBatch()) {
                written += Math.max(count, 0);
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        return written;
    }
}
