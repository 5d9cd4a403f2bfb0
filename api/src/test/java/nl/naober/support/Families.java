package nl.naober.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/** Test data and plain-JDBC checks for families, bypassing the application on purpose. */
public final class Families {

    private Families() {}

    public static String newFamilyJson(String parentName) {
        return Http.json(Map.of("parentName", parentName, "postcode", "7941 AB", "numberOfChildren", 2));
    }

    public static String path(String municipality) {
        return "/api/v1/municipalities/" + municipality + "/families";
    }

    /** Rows with this id in the schema, read with plain JDBC. */
    public static int rowsInSchema(String schema, UUID id) {
        return count("SELECT count(*) FROM " + schema + ".family WHERE id = ?", id);
    }

    public static int rowsInSchema(String schema) {
        return count("SELECT count(*) FROM " + schema + ".family", null);
    }

    private static int count(String sql, UUID id) {
        try (Connection connection = TestDatabase.get().connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (id != null) {
                statement.setObject(1, id);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
