package org.finops.certification.query.views;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows a projection writes for a whole batch, bound as one array per column and read back in SQL with
 * {@code unnest}: a batch of any size is one statement and one round trip (a rebuild replays millions of events).
 * Values travel as text and PostgreSQL reads each column as its declared type, so an {@code Instant} keeps its
 * instant whatever the session's time zone.
 */
public final class Rows {
    private final String[] types;
    private final List<String[]> rows = new ArrayList<>();

    private Rows(String[] types) {
        this.types = types;
    }

    /**
     * @param types each column's PostgreSQL type, in the order of the values: varchar, int8, bool, timestamptz, date
     */
    public static Rows of(String... types) {
        return new Rows(types.clone());
    }

    public Rows add(Object... values) {
        if (values.length != types.length) {
            throw new IllegalArgumentException(values.length + " values for " + types.length + " columns");
        }
        String[] row = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            row[i] = values[i] == null ? null : values[i].toString();
        }
        rows.add(row);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The rows as a table in SQL: {@code unnest(?::varchar[], ...) AS alias(names...)}. */
    public String table(String alias, String... names) {
        if (names.length != types.length) {
            throw new IllegalArgumentException(names.length + " names for " + types.length + " columns");
        }
        StringBuilder sql = new StringBuilder("unnest(");
        for (int i = 0; i < types.length; i++) {
            sql.append(i == 0 ? "" : ", ").append("?::").append(types[i]).append("[]");
        }
        return sql.append(") AS ").append(alias).append('(').append(String.join(", ", names)).append(')').toString();
    }

    /**
     * Inserts the rows into the view's {@code table}, whose {@code columns} they fill in order.
     *
     * @param onConflict what a row whose key is there already does: {@code DO NOTHING}, or an update
     */
    public int insertInto(ViewStore views, String table, String[] columns, String onConflict) {
        return update(views, "INSERT INTO " + views.table(table) + " (" + String.join(", ", columns)
                + ") SELECT * FROM " + table("r", columns) + " ON CONFLICT " + onConflict);
    }

    /** Deletes from the view's {@code table} the rows whose {@code key} is one of these rows' single value. */
    public int deleteFrom(ViewStore views, String table, String key) {
        if (types.length != 1) {
            throw new IllegalStateException("rows of " + types.length + " columns are not keys");
        }
        return update(views, "DELETE FROM " + views.table(table) + " WHERE " + key + " IN (SELECT k FROM "
                + table("r", "k") + ")");
    }

    /** Runs {@code sql}, whose only placeholders are those of {@link #table}; nothing when there are no rows. */
    public int update(ViewStore views, String sql) {
        if (rows.isEmpty()) {
            return 0;
        }
        return views.jdbc().update(connection -> bind(connection, connection.prepareStatement(sql)));
    }

    private PreparedStatement bind(Connection connection, PreparedStatement statement) throws SQLException {
        for (int column = 0; column < types.length; column++) {
            String[] values = new String[rows.size()];
            for (int row = 0; row < values.length; row++) {
                values[row] = rows.get(row)[column];
            }
            Array array = connection.createArrayOf(types[column], values);
            statement.setArray(column + 1, array);
        }
        return statement;
    }
}
