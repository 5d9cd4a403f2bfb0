package nl.naober.administration.web;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.naober.accesslog.AccessLog;
import nl.naober.budget.Budgets;
import nl.naober.crypto.EncryptedColumns;
import nl.naober.crypto.FieldCipher;
import nl.naober.evaluation.EvaluationPeriods;
import nl.naober.municipality.MunicipalityDetails;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantConnections;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one municipality's schema as a zip of JSON files, {@code <table>.json} each holding an array of rows as
 * objects (column name to value). Plain JDBC in one read-only REPEATABLE READ transaction, so every table shows
 * the same moment; rows are streamed, never held in memory. Numbers and booleans stay JSON numbers and booleans,
 * everything else (dates, timestamps, UUIDs, arrays, JSON columns) is written as PostgreSQL's text form. Encrypted
 * columns ({@link EncryptedColumns}) are written decrypted: the export is the municipality's data, readable without
 * Naober's keys.
 */
@Component
class MunicipalityExport {

    private static final JsonMapper JSON =
            JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private static final int CATALOG_ROWS = 1000;

    private final TenantConnections connections;
    private final AccessLog accessLog;
    private final EvaluationPeriods periods;
    private final Budgets budgets;
    private final FieldCipher cipher;

    MunicipalityExport(
            TenantConnections connections,
            AccessLog accessLog,
            EvaluationPeriods periods,
            Budgets budgets,
            FieldCipher cipher) {
        this.connections = connections;
        this.accessLog = accessLog;
        this.periods = periods;
        this.budgets = budgets;
        this.cipher = cipher;
    }

    /**
     * The catalog data of the municipality only: its details, evaluation periods and budget lines. No case data, no
     * person: what a network admin may take without the privacy officer.
     *
     * @return the number of files written
     */
    int writeCatalogOnly(MunicipalityDetails municipality, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        int files = writeCatalog(municipality, zip);
        zip.finish();
        return files;
    }

    /**
     * The catalog data and every table of the municipality's schema, read as its own database role, which sees its
     * schema and nothing else. Every family and support family goes into its access log first.
     *
     * @return the number of files written
     */
    int writeWithCaseData(MunicipalityDetails municipality, OutputStream out) throws IOException {
        Tenant tenant = Tenant.of(municipality.code());
        String schema = tenant.schema();
        try {
            Connection connection = connections.open(tenant);
            accessLog.recordExportOfAll(connection, "export of municipality " + municipality.code());
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                ZipOutputStream zip = new ZipOutputStream(out);
                int files = writeCatalog(municipality, zip);
                List<String> tables = tables(connection, schema);
                for (String table : tables) {
                    zip.putNextEntry(new ZipEntry(table + ".json"));
                    writeTable(connection, schema, table, zip);
                    zip.closeEntry();
                }
                zip.finish();
                return files + tables.size();
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(autoCommit);
                connections.release(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("export of schema " + schema + " failed", e);
        }
    }

    private int writeCatalog(MunicipalityDetails municipality, ZipOutputStream zip) throws IOException {
        String code = municipality.code();
        writeJson(zip, "catalog/municipality.json", municipality);
        writeJson(
                zip,
                "catalog/evaluation-periods.json",
                periods.list(code, PageRequest.of(0, CATALOG_ROWS)).getContent());
        writeJson(
                zip,
                "catalog/budget-lines.json",
                budgets.list(code, PageRequest.of(0, CATALOG_ROWS)).getContent());
        return 3;
    }

    private static void writeJson(ZipOutputStream zip, String name, Object value) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        JSON.writeValue(zip, value);
        zip.closeEntry();
    }

    private static List<String> tables(Connection connection, String schema) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            statement.setString(1, schema);
            try (ResultSet result = statement.executeQuery()) {
                List<String> tables = new ArrayList<>();
                while (result.next()) {
                    tables.add(result.getString(1));
                }
                return tables;
            }
        }
    }

    private void writeTable(Connection connection, String schema, String table, OutputStream out) throws SQLException {
        Set<String> encrypted = EncryptedColumns.of(table);
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(500);
            // Both names come from information_schema for a schema derived from the catalog; quoted anyway.
            try (ResultSet rows = statement.executeQuery("SELECT * FROM " + quote(schema) + "." + quote(table));
                    JsonGenerator json = JSON.createGenerator(out)) {
                ResultSetMetaData columns = rows.getMetaData();
                json.writeStartArray();
                while (rows.next()) {
                    json.writeStartObject();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        String column = columns.getColumnName(i);
                        json.writeName(column);
                        if (encrypted.contains(column)) {
                            writeString(json, cipher.decrypt(rows.getString(i)));
                        } else {
                            writeValue(json, rows, i, columns.getColumnType(i));
                        }
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
        }
    }

    private static void writeValue(JsonGenerator json, ResultSet rows, int column, int type) throws SQLException {
        switch (type) {
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = rows.getBoolean(column);
                if (rows.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeBoolean(value);
                }
            }
            case Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.DOUBLE ->
                writeNumber(json, rows.getBigDecimal(column));
            default -> writeString(json, rows.getString(column));
        }
    }

    private static void writeString(JsonGenerator json, String value) {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    private static void writeNumber(JsonGenerator json, java.math.BigDecimal value) {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
