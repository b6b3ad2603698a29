package org.finops.certification.query.views;

import org.springframework.jdbc.core.JdbcTemplate;

/** The tables of one generation of the read models: {@code views.table("audit_entry")} is schema-qualified. */
public record ViewStore(JdbcTemplate jdbc, String schema) {
    public String table(String name) {
        return schema + "." + name;
    }
}
