package org.finops.certification.command.transparency;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.finops.certification.command.infrastructure.TextArrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks the store against the log: each stored event's leaf is made again from the row as it is now and compared
 * with the leaf logged when it was stored. A paced sweep goes through the whole store again and again (from its
 * beginning to the newest event the writer has logged, a bounded number per run, so its cost per second stays the
 * same however busy or large the store), and the whole store is checked at once on demand; an event edited or
 * deleted since it was logged is kept as a mismatch until the store matches again. The log itself is never changed
 * here: it is the evidence.
 */
@Component
public class StoreCheck {
    private static final int BATCH = 500;

    private final EventStorageEngine store;
    private final Leaves leaves;
    private final JdbcTemplate jdbc;
    private final int perRun;
    private volatile TrackingToken sweptThrough;

    StoreCheck(EventStorageEngine store, Leaves leaves, JdbcTemplate jdbc,
               @Value("${cert.transparency.check-per-run:1000}") int perRun) {
        this.store = store;
        this.leaves = leaves;
        this.jdbc = jdbc;
        this.perRun = perRun;
    }

    /** An event whose row no longer makes the leaf it was logged with. */
    public record Mismatch(String eventId, long leafIndex, String problem) {
    }

    /**
     * The next stretch of the sweep; at the first event the writer has not logged yet (the end of the log), the next
     * run starts from the store's beginning again. Checking only the newest events would compare each with the leaf
     * made from the same row seconds before: an edit comes later, to an event logged long ago.
     */
    @Scheduled(fixedDelayString = "${cert.transparency.check-every:PT10S}")
    public void sweep() {
        Reached reached = check(sweptThrough, perRun);
        sweptThrough = reached.end() ? null : reached.last();
    }

    /** Checks every stored event and every leaf now, and answers what does not match. */
    public synchronized List<Mismatch> checkAll() {
        check(null, Integer.MAX_VALUE);
        List<Mismatch> deleted = jdbc.query("SELECT l.event_id, l.leaf_index FROM transparency_leaf l WHERE NOT EXISTS"
                        + " (SELECT 1 FROM domain_event_entry e WHERE e.event_identifier = l.event_id)",
                (row, n) -> new Mismatch(row.getString(1), row.getLong(2), "the event is no longer in the store"));
        record(deleted, List.of());
        return mismatches();
    }

    public List<Mismatch> mismatches() {
        return jdbc.query("SELECT event_id, leaf_index, problem FROM transparency_mismatch ORDER BY leaf_index",
                (row, n) -> new Mismatch(row.getString(1), row.getLong(2), row.getString(3)));
    }

    /** How far a check went: the last event checked, and whether it met the end of the log. */
    private record Reached(TrackingToken last, boolean end) {
    }

    private synchronized Reached check(TrackingToken from, int limit) {
        TrackingToken last = from;
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(from, false)) {
            Iterator<? extends TrackedEventMessage<?>> stored = events.iterator();
            int read = 0;
            while (read < limit && stored.hasNext()) {
                List<TrackedEventMessage<?>> batch = new ArrayList<>();
                while (batch.size() < BATCH && read < limit && stored.hasNext()) {
                    batch.add(stored.next());
                    read++;
                }
                int compared = compare(batch);
                if (compared > 0) {
                    last = batch.get(compared - 1).trackingToken();
                }
                if (compared < batch.size()) {
                    return new Reached(last, true);
                }
            }
            return new Reached(last, !stored.hasNext());
        }
    }

    /** Compares a batch's events with their leaves, up to the first the writer has not logged yet: how many. */
    private int compare(List<TrackedEventMessage<?>> batch) {
        Map<String, Logged> logged = logged(batch.stream().map(EventMessage::getIdentifier).toArray(String[]::new));
        List<Mismatch> found = new ArrayList<>();
        List<String> matching = new ArrayList<>();
        int compared = 0;
        for (TrackedEventMessage<?> event : batch) {
            Logged leaf = logged.get(event.getIdentifier());
            if (leaf == null) {
                break;
            }
            byte[] now = leaves.of(event);
            if (Arrays.equals(now, leaf.bytes())) {
                matching.add(event.getIdentifier());
            } else {
                found.add(new Mismatch(event.getIdentifier(), leaf.index(), LeafDifference.between(leaf.bytes(), now)));
            }
            compared++;
        }
        record(found, matching);
        return compared;
    }

    private record Logged(long index, byte[] bytes) {
    }

    private Map<String, Logged> logged(String[] eventIds) {
        Map<String, Logged> logged = new HashMap<>();
        jdbc.query(TextArrays.statement(
                "SELECT event_id, leaf_index, leaf FROM transparency_leaf WHERE event_id = ANY (?)",
                List.of(eventIds)), row -> {
            logged.put(row.getString(1), new Logged(row.getLong(2), row.getBytes(3)));
        });
        return logged;
    }

    private void record(List<Mismatch> found, List<String> matching) {
        if (!matching.isEmpty()) {
            jdbc.update(TextArrays.statement("DELETE FROM transparency_mismatch WHERE event_id = ANY (?)", matching));
        }
        jdbc.batchUpdate("INSERT INTO transparency_mismatch (event_id, leaf_index, problem) VALUES (?, ?, ?)"
                        + " ON CONFLICT (event_id) DO UPDATE SET problem = EXCLUDED.problem",
                found.stream().map(m -> new Object[]{m.eventId(), m.leafIndex(), m.problem()}).toList());
    }
}
