package org.finops.certification.query.views;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tables of one generation of the read models: {@code views.table("audit_entry")} is schema-qualified.
 *
 * @param bulk while a rebuild fills this generation in bulk, the ids of the events applied so far; its tables with a
 *             row per event have no unique keys then ({@link NextGeneration}). Null for a generation that takes
 *             live events.
 */
public record ViewStore(JdbcTemplate jdbc, String schema, EventIds bulk) {
    public ViewStore(JdbcTemplate jdbc, String schema) {
        this(jdbc, schema, null);
    }

    public String table(String name) {
        return schema + "." + name;
    }

    public boolean filling() {
        return bulk != null;
    }
}
