package nl.naober.accesslog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes log lines with plain JDBC on the connection of the work being logged, so a change and its line commit or
 * roll back together. The table is unqualified: the connection's schema is the municipality's.
 */
@Component
class AccessLogWriter {

    private static final String INSERT = "insert into access_log (occurred_at, username, user_role, action,"
            + " record_type, record_id, family_id, support_family_id, match_id, fields, detail, request_id,"
            + " client_address) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int FIELDS_LENGTH = 1000;
    private static final int DETAIL_LENGTH = 300;

    private final AccessContext context;
    private final Clock clock;

    AccessLogWriter(AccessContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    void write(Connection connection, List<AccessEntry> entries) throws SQLException {
        write(connection, context.current(), entries);
    }

    void write(Connection connection, Accessor who, List<AccessEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (AccessEntry entry : entries) {
                AccessRecord record = entry.record();
                insert.setTimestamp(1, now);
                insert.setString(2, who.username());
                insert.setString(3, who.role());
                insert.setString(4, entry.action().name());
                insert.setString(5, record.type().name());
                setUuid(insert, 6, record.id());
                setUuid(insert, 7, record.familyId());
                setUuid(insert, 8, record.supportFamilyId());
                setUuid(insert, 9, record.matchId());
                insert.setString(
                        10, entry.fields().isEmpty() ? null : cut(String.join(",", entry.fields()), FIELDS_LENGTH));
                insert.setString(11, cut(entry.detail(), DETAIL_LENGTH));
                insert.setString(12, who.requestId());
                insert.setString(13, who.clientAddress());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** One EXPORT line per family and per support family, each naming its own file. */
    int writeExportOfAll(Connection connection, String detail) throws SQLException {
        Accessor who = context.current();
        Timestamp now = Timestamp.from(clock.instant());
        int lines = 0;
        for (String[] file : new String[][] {
            {"family", "FAMILY", "id, id, null"}, {"support_family", "SUPPORT_FAMILY", "id, null, id"}
        }) {
            // Table and column names are constants of this class, never input.
            String sql = "insert into access_log (occurred_at, username, user_role, action, record_type, record_id,"
                    + " family_id, support_family_id, detail, request_id, client_address)"
                    + " select ?, ?, ?, 'EXPORT', '" + file[1] + "', " + file[2] + ", ?, ?, ? from " + file[0];
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setTimestamp(1, now);
                insert.setString(2, who.username());
                insert.setString(3, who.role());
                insert.setString(4, cut(detail, DETAIL_LENGTH));
                insert.setString(5, who.requestId());
                insert.setString(6, who.clientAddress());
                lines += insert.executeUpdate();
            }
        }
        return lines;
    }

    private static void setUuid(PreparedStatement statement, int index, @Nullable UUID value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else {
            statement.setObject(index, value);
        }
    }

    private static @Nullable String cut(@Nullable String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
