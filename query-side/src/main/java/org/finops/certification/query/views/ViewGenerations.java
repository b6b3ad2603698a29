package org.finops.certification.query.views;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.regex.Pattern;

/**
 * The generations of the read models. Each is a schema of its own created by the same migrations; one is active
 * and answers queries. A rebuild fills the next generation from the topic and then switches to it.
 */
@Component
public class ViewGenerations {
    private static final String FIRST = "views_1";
    private static final Pattern NAME = Pattern.compile("views_(\\d+)");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private volatile String active;

    public ViewGenerations(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        jdbc.update("INSERT INTO view_generation (id, active_schema) VALUES (1, ?) ON CONFLICT DO NOTHING", FIRST);
        this.active = readActive();
        migrate(active);
    }

    public ViewStore active() {
        return new ViewStore(jdbc, active);
    }

    /** The generation recorded in the database, which another instance may have switched. */
    public String readActive() {
        return jdbc.queryForObject("SELECT active_schema FROM view_generation WHERE id = 1", String.class);
    }

    public boolean refresh() {
        String recorded = readActive();
        if (recorded.equals(active)) {
            return false;
        }
        active = recorded;
        return true;
    }

    /** A fresh, empty next generation, to be filled in bulk ({@link NextGeneration}). */
    public NextGeneration createNext() {
        var matcher = NAME.matcher(readActive());
        int next = matcher.matches() ? Integer.parseInt(matcher.group(1)) + 1 : 2;
        String schema = "views_" + next;
        jdbc.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        migrate(schema);
        return NextGeneration.forBulkLoad(new ViewStore(jdbc, schema));
    }

    public void switchTo(NextGeneration generation) {
        generation.indexForQueries();
        jdbc.update("UPDATE view_generation SET active_schema = ?, switched_at = now() WHERE id = 1",
                generation.schema());
        active = generation.schema();
    }

    private void migrate(String schema) {
        Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/views").table("views_schema_history").load().migrate();
    }
}
