package nl.naober.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC on the test database, bypassing the application on purpose: what is really stored where. */
public final class Sql {

    private Sql() {}

    /** The first column of every row. */
    public static List<String> strings(String sql, Object... parameters) {
        try (Connection connection = TestDatabase.get().connect();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            try (ResultSet result = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (result.next()) {
                    values.add(result.getString(1));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(String sql, Object... parameters) {
        try (Connection connection = TestDatabase.get().connect();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int count(String sql, Object... parameters) {
        return Integer.parseInt(strings(sql, parameters).get(0));
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
