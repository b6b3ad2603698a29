package org.finops.certification.testing;

import java.util.List;

/**
 * The identifier columns of a schema with their collation, for the tests that keep them byte-ordered
 * ({@code COLLATE "C"}: command side V10, query side V8, the views' V7; decision 13). One left in the database's
 * collation costs its index strcoll on every comparison, and a join of it with a byte-ordered one cannot use that
 * column's index.
 */
public final class IdentifierColumns {
    /** Rows of {@code table.column collation} (collation {@code default} when the column has none of its own). */
    public static final String OF_SCHEMA = "SELECT c.table_name || '.' || c.column_name || ' '"
            + " || coalesce(c.collation_name, 'default')"
            + " FROM information_schema.columns c JOIN information_schema.tables t"
            + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'"
            + " WHERE c.table_schema = ? AND c.data_type IN ('character varying', 'text')"
            + " AND c.column_name ~ '(^id|_id|_identifier|^actor|^idem_key|^member_key)$'"
            + " ORDER BY 1";

    private IdentifierColumns() {
    }

    /** The columns of {@link #OF_SCHEMA}'s rows that are not byte-ordered. */
    public static List<String> notInByteOrder(List<String> rows) {
        return rows.stream().filter(row -> !row.endsWith(" C")).toList();
    }
}
