package org.finops.certification.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads what the apps wrote, straight from their databases. */
public final class Sql {
    private Sql() {
    }

    public static long count(TestDatabase database, String sql, Object... arguments) {
        return ((Number) rows(database, sql, arguments).get(0).get(0)).longValue();
    }

    public static List<String> strings(TestDatabase database, String sql, Object... arguments) {
        return rows(database, sql, arguments).stream().map(row -> String.valueOf(row.get(0))).toList();
    }

    /** A two-column query as a map from the first column to the count in the second. */
    public static Map<String, Long> counts(TestDatabase database, String sql, Object... arguments) {
        Map<String, Long> counts = new HashMap<>();
        rows(database, sql, arguments).forEach(row -> counts.put(String.valueOf(row.get(0)),
                ((Number) row.get(1)).longValue()));
        return counts;
    }

    /** A failed query fails the test where it was asked (unchecked, so it can be asked again in a lambda). */
    private static List<List<Object>> rows(TestDatabase database, String sql, Object... arguments) {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
