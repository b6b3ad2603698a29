package org.finops.certification.query.views;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Statement;

/**
 * The tables of one generation of the read models: {@code views.table("audit_entry")} is schema-qualified.
 *
 * @param fill while a rebuild's worker fills this generation in bulk, what it holds in memory; the tables
 *             {@link NextGeneration#KEYED_AT_THE_END} names have no unique keys then. Null for a generation that
 *             takes live events.
 */
public record ViewStore(JdbcTemplate jdbc, String schema, BulkFill fill) {
    public ViewStore(JdbcTemplate jdbc, String schema) {
        this(jdbc, schema, null);
    }

    public String table(String name) {
        return schema + "." + name;
    }

    public boolean filling() {
        return fill != null;
    }

    /**
     * Runs {@code sql} with the session's {@code setting} (a memory setting such as {@code work_mem}) at
     * {@code value}, reset before the connection goes back to the pool: a statement over a whole generation sorts
     * or hashes in memory instead of on disk.
     */
    public void executeWith(String setting, String value, String sql) {
        jdbc.execute((Statement statement) -> {
            statement.execute("SET " + setting + " = '" + value + "'");
            try {
                statement.execute(sql);
            } finally {
                statement.execute("RESET " + setting);
            }
            return null;
        });
    }
}
