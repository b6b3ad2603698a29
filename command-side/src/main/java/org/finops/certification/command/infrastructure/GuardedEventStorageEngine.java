package org.finops.certification.command.infrastructure;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Axon's JDBC engine, with each append checked before it inserts. An insert that loses on the (aggregate, sequence)
 * constraint has already drawn a {@code global_index} value, and every such gap is kept by the tracking readers
 * (the Kafka publisher) as a possibly slow transaction for a minute, copied into every token they make: a storm of
 * conflicts then filled the heap. Here the append first takes the aggregate's advisory lock (held to the end of the
 * transaction, so a concurrent append waits for the other to commit or roll back) and compares the last committed
 * sequence with its own first one; a loser is refused with the exception the failed insert would have raised, but
 * before any index value is drawn, so no gap is left. The insert returns the indexes it drew, for the command's
 * position ({@link AppendReturningPositions}).
 */
final class GuardedEventStorageEngine extends JdbcEventStorageEngine {
    /** PostgreSQL's unique_violation: what an insert that lost anyway (see the class comment) raises. */
    static final String UNIQUE_VIOLATION = "23505";

    GuardedEventStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected PreparedStatement appendEvents(Connection connection, List<? extends EventMessage<?>> events,
                                             Serializer serializer) throws SQLException {
        for (Map.Entry<String, Long> first : firstSequences(events).entrySet()) {
            long committed = lastCommittedSequence(connection, first.getKey());
            if (committed >= first.getValue()) {
                throw lost(first.getKey(), first.getValue(), committed);
            }
        }
        return super.appendEvents(AppendReturningPositions.returning(connection, schema().globalIndexColumn()), events,
                serializer);
    }

    /** What Axon would have raised when the insert lost on the unique constraint. */
    private static RuntimeException lost(String aggregateId, long sequence, long committed) {
        if (sequence == 0) {
            return new AggregateStreamCreationException("aggregate " + aggregateId + " exists already");
        }
        return new ConcurrencyException("aggregate " + aggregateId + " is at sequence " + committed
                + " already; this change was decided on sequence " + (sequence - 1));
    }

    /** By aggregate id, sorted, so that two appends to the same aggregates take their locks in one order. */
    private static Map<String, Long> firstSequences(List<? extends EventMessage<?>> events) {
        Map<String, Long> first = new TreeMap<>();
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
                first.merge(domain.getAggregateIdentifier(), domain.getSequenceNumber(), Math::min);
            }
        }
        return first;
    }

    private static long lastCommittedSequence(Connection connection, String aggregateId) throws SQLException {
        try (CallableStatement guard = connection.prepareCall("{? = call append_guard(?)}")) {
            guard.registerOutParameter(1, Types.BIGINT);
            guard.setString(2, aggregateId);
            guard.execute();
            long sequence = guard.getLong(1);
            return guard.wasNull() ? -1 : sequence;
        }
    }
}
