package org.finops.certification.query.views;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Statement;
import java.util.List;

/**
 * A generation being filled by a rebuild, without the indexes that serve queries only (every non-unique one: the
 * projections find their rows by key) and unlogged. Each row replayed then descends only the keys its write needs,
 * the B-tree work that bounded the rebuild (docs/operations.md), and writes no WAL record of its own. Before the
 * generation answers a query or takes a live event, {@link #indexForQueries} makes its tables logged (each written
 * to the WAL once, whole) and builds the rest of its indexes in one sorted pass each. A crash before then leaves the
 * generation empty, never half there: PostgreSQL empties unlogged tables on recovery, and a rebuild that did not
 * switch is simply run again; the active generation is untouched throughout.
 */
public final class NextGeneration {
    private static final String QUERY_INDEXES = "SELECT i.indexname, i.indexdef FROM pg_indexes i"
            + " JOIN pg_class c ON c.relname = i.indexname JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " AND n.nspname = i.schemaname JOIN pg_index x ON x.indexrelid = c.oid"
            + " WHERE i.schemaname = ? AND NOT x.indisunique ORDER BY i.indexname";
    private static final String VIEW_TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = ?"
            + " AND tablename <> 'views_schema_history' ORDER BY tablename";

    private final ViewStore views;
    private final List<String> definitions;
    private final List<String> tables;
    private boolean indexed;

    private NextGeneration(ViewStore views, List<String> definitions, List<String> tables) {
        this.views = views;
        this.definitions = definitions;
        this.tables = tables;
    }

    /**
     * Takes the query-only indexes off a freshly migrated, empty generation, remembering how to build them, and makes
     * its tables unlogged.
     */
    static NextGeneration forBulkLoad(ViewStore views) {
        JdbcTemplate jdbc = views.jdbc();
        List<String[]> indexes = jdbc.query(QUERY_INDEXES, (row, n) -> new String[]{row.getString(1),
                row.getString(2)}, views.schema());
        indexes.forEach(index -> jdbc.execute("DROP INDEX " + views.table(index[0])));
        List<String> tables = jdbc.queryForList(VIEW_TABLES, String.class, views.schema());
        tables.forEach(table -> jdbc.execute("ALTER TABLE " + views.table(table) + " SET UNLOGGED"));
        return new NextGeneration(views, indexes.stream().map(index -> index[1]).toList(), tables);
    }

    public ViewStore views() {
        return views;
    }

    public String schema() {
        return views.schema();
    }

    /**
     * Makes the tables logged and builds the query-only indexes over what was replayed so far; what is replayed
     * afterwards is logged and keeps them current.
     */
    public synchronized void indexForQueries() {
        if (indexed) {
            return;
        }
        tables.forEach(table -> views.jdbc().execute("ALTER TABLE " + views.table(table) + " SET LOGGED"));
        views.jdbc().execute((Statement statement) -> {
            // a sort in memory instead of on disk for each build; the session's own setting, reset before the
            // connection goes back to the pool
            statement.execute("SET maintenance_work_mem = '256MB'");
            try {
                for (String definition : definitions) {
                    statement.execute(definition);
                }
            } finally {
                statement.execute("RESET maintenance_work_mem");
            }
            return null;
        });
        indexed = true;
    }
}
