package org.finops.certification.command.infrastructure;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Axon's JDBC engine, with each event inserted only if its aggregate's append guard lets it, in the insert itself.
 * An insert that loses on the (aggregate, sequence) constraint has already drawn a {@code global_index} value, and
 * every such gap is kept by the tracking readers (the Kafka publisher) as a possibly slow transaction for a minute,
 * copied into every token they make: a storm of conflicts then filled the heap. Here each row first passes
 * {@code append_guard}, which takes the aggregate's advisory lock (held to the end of the transaction, so a
 * concurrent append waits for the other to commit or roll back) and answers the last committed sequence; a row
 * decided on an older state is not inserted, before any index value is drawn, so no gap is left
 * ({@link GuardedInsert} turns that into the failure a lost insert raises). One statement and one round trip
 * guard, insert and return the indexes drawn, the command's position.
 */
final class GuardedEventStorageEngine extends JdbcEventStorageEngine {
    /** PostgreSQL's unique_violation: what an insert that lost raises, and what a guarded row that lost reports. */
    static final String UNIQUE_VIOLATION = "23505";

    private final String axonsInsert;
    private final String guardedInsert;

    GuardedEventStorageEngine(Builder builder, EventSchema schema) {
        super(builder.schema(schema));
        String table = schema.domainEventTable();
        this.axonsInsert = "INSERT INTO " + table + " (" + domainEventFields() + ") VALUES";
        this.guardedInsert = "INSERT INTO " + table + " (" + domainEventFields() + ")"
                + " SELECT * FROM (VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)) AS e(" + domainEventFields() + ")"
                + " WHERE coalesce(append_guard(e." + schema.aggregateIdentifierColumn() + "), -1) < e."
                + schema.sequenceNumberColumn();
    }

    /** Axon binds each event's values, in the order of its columns, and executes the batch: of our insert. */
    @Override
    protected PreparedStatement appendEvents(Connection connection, List<? extends EventMessage<?>> events,
                                             Serializer serializer) throws SQLException {
        return super.appendEvents(GuardedInsert.instead(connection, axonsInsert, guardedInsert,
                schema().globalIndexColumn()), events, serializer);
    }
}
