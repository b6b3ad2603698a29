package org.finops.certification.query.views;

import java.util.ArrayList;
import java.util.List;

/** A query's conditions and their arguments, built up in order: {@code " WHERE true AND …"}, ready to append. */
public final class Where {
    private final StringBuilder sql = new StringBuilder(" WHERE true");
    private final List<Object> args = new ArrayList<>();

    /** The condition with its one placeholder, only when {@code value} is given. */
    public Where add(String condition, Object value) {
        return value == null ? this : and(condition, value);
    }

    /** The condition with as many placeholders as values. */
    public Where and(String condition, Object... values) {
        sql.append(" AND ").append(condition);
        args.addAll(List.of(values));
        return this;
    }

    /** An argument for a placeholder the caller writes after the conditions ({@code LIMIT ?}). */
    public Where bind(Object value) {
        args.add(value);
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public Object[] args() {
        return args.toArray();
    }
}
