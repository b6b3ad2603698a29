package org.finops.certification.query.views;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A generation being filled by a rebuild, without the indexes that serve queries only (every non-unique one: the
 * projections find their rows by key), and without the unique keys of the tables {@link #KEYED_AT_THE_END} names: those
 * that take a row per event, copied in, the events' ids kept in memory ({@link EventIds}) so that each event is applied
 * once, and those that follow a certification's latest state, held in memory by each worker and written once when its
 * part of the fill ends ({@link BulkFill}). Each row replayed then descends only the keys of the views it updates, the
 * B-tree work that bounds the rebuild (docs/operations.md); {@link #indexForQueries} builds the rest in one sorted pass
 * each, and takes the tables' statistics, before the generation answers a query or takes a live event. Its tables
 * stay logged: filled unlogged and made logged at the end, a rebuild of 600,001 events took 54 s instead of 45, since
 * making a table logged rewrites it whole with its keys, while the replay itself was no faster without the WAL
 * (2026-12-04; over 1.14 million events neither way was faster). A crash mid-rebuild leaves a generation that was
 * never switched to; the rebuild is run again and the active one is untouched.
 */
public final class NextGeneration {
    private static final Logger log = LoggerFactory.getLogger(NextGeneration.class);
    private static final String QUERY_INDEXES = "SELECT i.indexname, i.indexdef FROM pg_indexes i"
            + " JOIN pg_class c ON c.relname = i.indexname JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " AND n.nspname = i.schemaname JOIN pg_index x ON x.indexrelid = c.oid"
            + " WHERE i.schemaname = ? AND NOT x.indisunique ORDER BY i.indexname";

    /**
     * The tables whose unique keys a bulk fill leaves off: those with a row per event, written then only by
     * {@link Rows#appendTo} and the projector's first sight, and those with a row per certification, written once
     * per certification at the end of a worker's fill (the certification projection and the views that follow it).
     */
    public static final List<String> KEYED_AT_THE_END = List.of("processed_event", "audit_entry",
            "certification_history", "certification_status", "directory_entry", "renewal_due");
    private static final String UNIQUE_KEYS = "SELECT t.relname, c.conname,"
            + " pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
            + " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = ? AND t.relname = ANY (?)"
            + " AND c.contype IN ('p', 'u') ORDER BY 1, 2";

    /** Largest first, so that the two builders end together. */
    private static final String TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = ?"
            + " ORDER BY pg_relation_size(quote_ident(schemaname) || '.' || quote_ident(tablename)) DESC";

    /** How many keys and indexes are built at a time. */
    private static final int BUILDERS = 2;

    private final ViewStore views;
    private final List<String> definitions;
    private final EventIds applied = new EventIds();
    private volatile boolean indexed;

    private NextGeneration(ViewStore views, List<String> definitions) {
        this.views = views;
        this.definitions = definitions;
    }

    /**
     * Takes the query-only indexes and the unique keys of {@link #KEYED_AT_THE_END} off a freshly migrated, empty
     * generation, remembering how to build them: the keys first, then the indexes.
     */
    static NextGeneration forBulkLoad(ViewStore views) {
        JdbcTemplate jdbc = views.jdbc();
        List<String[]> keys = jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement(UNIQUE_KEYS);
            select.setString(1, views.schema());
            select.setArray(2, connection.createArrayOf("varchar", KEYED_AT_THE_END.toArray()));
            return select;
        }, (row, n) -> new String[]{views.table(row.getString(1)), row.getString(2), row.getString(3)});
        List<String> definitions = new ArrayList<>();
        for (String[] key : keys) {
            jdbc.execute("ALTER TABLE " + key[0] + " DROP CONSTRAINT " + key[1]);
            definitions.add("ALTER TABLE " + key[0] + " ADD CONSTRAINT " + key[1] + " " + key[2]);
        }
        List<String[]> indexes = jdbc.query(QUERY_INDEXES, (row, n) -> new String[]{row.getString(1),
                row.getString(2)}, views.schema());
        indexes.forEach(index -> jdbc.execute("DROP INDEX " + views.table(index[0])));
        indexes.forEach(index -> definitions.add(index[1]));
        return new NextGeneration(views, definitions);
    }

    /**
     * The generation, filled in bulk until {@link #indexForQueries}, from then on as any generation: each worker of
     * the fill asks for its own, and writes what it {@link BulkFill#held held} before the keys are built.
     */
    public ViewStore views() {
        return indexed ? views : new ViewStore(views.jdbc(), views.schema(), new BulkFill(applied));
    }

    public String schema() {
        return views.schema();
    }

    /**
     * Builds the unique keys and the query-only indexes over what was replayed so far, then takes each table's
     * statistics; what is replayed afterwards keeps the indexes current. A key that finds two rows (an event applied
     * twice) fails the rebuild, and the active generation stays.
     */
    public synchronized void indexForQueries() {
        if (indexed) {
            return;
        }
        long started = System.nanoTime();
        List<String> took = Collections.synchronizedList(new ArrayList<>());
        // the keys first: each takes its table whole, which an index build beside it would wait for
        sideBySide(definitions.stream().filter(definition -> definition.startsWith("ALTER")).toList(), took);
        sideBySide(definitions.stream().filter(definition -> !definition.startsWith("ALTER")).toList(), took);
        // then the planner's statistics, before the first query: without them a search matching a fifth of the
        // directory was planned as a sort of all its matches (p99 132.6 ms against 7.6) until autovacuum analyzed the
        // tables, 25-45 s after the switch (300,000 certifications, 2026-12-05)
        sideBySide(views.jdbc().queryForList(TABLES, String.class, views.schema()).stream()
                .map(table -> "ANALYZE " + views.table(table)).toList(), took);
        indexed = true;
        // what a rebuild spends after its replay, to tell apart from the replay itself (docs/operations.md)
        log.info("{}: {} keys and query indexes built and the tables analyzed in {} ({})", views.schema(),
                definitions.size(), Duration.ofNanos(System.nanoTime() - started), String.join("; ", took));
    }

    /**
     * Two statements at a time, each on a connection of its own: four indexes over 600,000 audit entries took 1.7 s
     * this way against 2.4 s one after the other (PostgreSQL 15 here, 2026-12-04), its own parallel workers
     * notwithstanding.
     */
    private void sideBySide(List<String> statements, List<String> took) {
        SideBySide.run("index-build", BUILDERS, statements.stream().<Runnable>map(statement -> () ->
                took.add(timed(statement))).toList());
    }

    /** @return how long it took, and what */
    private String timed(String statement) {
        long started = System.nanoTime();
        // an index's sort in memory instead of on disk
        views.executeWith("maintenance_work_mem", "256MB", statement);
        return Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms "
                + statement.replaceFirst(" (USING|PRIMARY|UNIQUE).*", "");
    }
}
