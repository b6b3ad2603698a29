package org.finops.certification.query.views;

import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    private static final int COPY_BUFFER = 1 << 16;
    private static final byte[] NULL = {'\\', 'N'};

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

    /**
     * Adds rows each derived from an event this generation applies for the first time (the projector sees to that):
     * while the generation is filled in bulk they are copied in ({@code COPY}, no key to descend: the table's unique
     * key is built after the fill), else inserted, leaving a row whose key is there already as it is. Only for the
     * tables {@link NextGeneration#KEYED_AT_THE_END} names, whose keys a bulk fill leaves off.
     */
    public long appendTo(ViewStore views, String table, String[] columns) {
        if (!views.filling()) {
            return insertInto(views, table, columns, "DO NOTHING");
        }
        if (rows.isEmpty()) {
            return 0;
        }
        String copy = "COPY " + views.table(table) + " (" + String.join(", ", columns) + ") FROM STDIN";
        byte[] text = copyText();
        return views.jdbc().execute((Connection connection) -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy,
                        new ByteArrayInputStream(text), COPY_BUFFER);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The rows in COPY's text format, as UTF-8: tabs between values, a line each, NULL as {@code \N}, and a
     * backslash, tab or line break inside a value escaped. Written as bytes at once (a rebuild copies a million
     * events' JSON; built char by char in a string it was a quarter of the query side's CPU).
     */
    private byte[] copyText() {
        int size = 0;
        for (String[] row : rows) {
            for (String value : row) {
                size += value == null ? 3 : value.length() + 1;
            }
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream(size + size / 8);
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                if (column > 0) {
                    text.write('\t');
                }
                writeEscaped(row[column], text);
            }
            text.write('\n');
        }
        return text.toByteArray();
    }

    /** A value's UTF-8 bytes, whose every byte of a multi-byte character is above ASCII's separators. */
    private static void writeEscaped(String value, ByteArrayOutputStream text) {
        if (value == null) {
            text.writeBytes(NULL);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int from = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte escape = switch (bytes[i]) {
                case '\\' -> '\\';
                case '\t' -> 't';
                case '\n' -> 'n';
                case '\r' -> 'r';
                default -> 0;
            };
            if (escape != 0) {
                text.write(bytes, from, i - from);
                text.write('\\');
                text.write(escape);
                from = i + 1;
            }
        }
        text.write(bytes, from, bytes.length - from);
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
