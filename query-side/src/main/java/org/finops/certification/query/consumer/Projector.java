package org.finops.certification.query.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.finops.certification.events.CloudEvent;
import org.finops.certification.events.EventTypes;
import org.finops.certification.query.views.Rows;
import org.finops.certification.query.views.ViewStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a batch of records to one generation of the read models in one transaction, together with the next
 * offsets and the ids of the applied events: whatever dies when, each event changes the views exactly once.
 */
@Component
public class Projector {
    private static final Logger log = LoggerFactory.getLogger(Projector.class);

    private final List<Projection> projections;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    /** Each projection runs after those that write what it reads ({@link Projection#reads()}). */
    public Projector(List<Projection> projections, TransactionTemplate transactions, JsonMapper json) {
        this.json = json;
        this.projections = projections.stream().sorted(Comparator.comparing(Projection::reads)).toList();
        this.transactions = transactions;
    }

    /**
     * What a batch did once committed.
     *
     * @param fresh     how many events were new to this generation
     * @param positions the store positions of the batch's events, new or not: each is applied now
     */
    public record Applied(int fresh, List<Long> positions) {
    }

    public Applied apply(List<ConsumerRecord<String, byte[]>> records, ViewStore views) {
        return transactions.execute(tx -> {
            List<Incoming> incoming = new ArrayList<>();
            Map<String, Map<Integer, Long>> nextOffsets = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                cloudEvent(record).ifPresent(event -> incoming.add(new Incoming(record, event)));
                nextOffsets.computeIfAbsent(record.topic(), topic -> new HashMap<>())
                        .merge(record.partition(), record.offset() + 1, Math::max);
            }
            Set<String> fresh = recordFirstSight(incoming, views);
            List<ProjectedEvent> projected = new ArrayList<>();
            int applied = 0;
            for (Incoming next : incoming) {
                if (fresh.remove(next.event().id())) {
                    applied++;
                    readable(next.record(), next.event(), views).ifPresent(projected::add);
                }
            }
            if (!projected.isEmpty()) {
                projections.forEach(projection -> projection.onAll(projected, views));
            }
            nextOffsets.forEach((topic, partitions) -> partitions.forEach((partition, next) -> views.jdbc().update(
                    "INSERT INTO " + views.table("consumer_offset") + " (topic, partition_no, next_offset)"
                            + " VALUES (?, ?, ?) ON CONFLICT (topic, partition_no)"
                            + " DO UPDATE SET next_offset = GREATEST(EXCLUDED.next_offset, "
                            + views.table("consumer_offset") + ".next_offset)", topic, partition, next)));
            return new Applied(applied, incoming.stream().map(event -> event.event().position()).toList());
        });
    }

    /**
     * Writes, in one transaction, what the projections held while this worker of a rebuild filled the generation
     * in bulk: the end of its part of the fill.
     */
    public void endOfFill(ViewStore views) {
        transactions.executeWithoutResult(tx -> {
            // a worker's whole share in one statement per table, some looked up in another table: room to hash it
            // in memory (the default 4 MB spills it to disk), for this transaction only
            views.jdbc().execute("SET LOCAL work_mem = '128MB'");
            projections.forEach(projection -> projection.endOfFill(views));
        });
    }

    /**
     * Writes what the projections derive from each other's tables once every worker's part of the fill is in; not
     * in one transaction: a rebuild that dies before its switch leaves a generation nobody reads, and is run again.
     */
    public void afterFill(ViewStore views) {
        projections.forEach(projection -> projection.afterFill(views));
    }

    private record Incoming(ConsumerRecord<String, byte[]> record, CloudEvent event) {
    }

    private static Optional<CloudEvent> cloudEvent(ConsumerRecord<String, byte[]> record) {
        Map<String, byte[]> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        if (!headers.containsKey(CloudEvent.H_ID) || !headers.containsKey(CloudEvent.H_TYPE)) {
            log.error("skipping a record without CloudEvents headers at {}-{}@{}", record.topic(), record.partition(),
                    record.offset());
            return Optional.empty();
        }
        return Optional.of(CloudEvent.fromHeaders(headers));
    }

    /**
     * Records the batch's event ids as processed in one statement and answers those this generation had not seen:
     * an id delivered again (or twice in this batch) is not among them, or only once. While a rebuild fills the
     * generation in bulk, the ids it has seen are held in memory and the new ones copied in.
     */
    private static Set<String> recordFirstSight(List<Incoming> incoming, ViewStore views) {
        if (incoming.isEmpty()) {
            return new HashSet<>();
        }
        if (views.filling()) {
            Map<String, Long> positions = new HashMap<>();
            incoming.forEach(next -> positions.putIfAbsent(next.event().id(), next.event().position()));
            List<String> fresh = views.fill().applied()
                    .addNew(incoming.stream().map(next -> next.event().id()).toList());
            Rows processed = Rows.of("varchar", "int8");
            fresh.forEach(id -> processed.add(id, positions.get(id)));
            processed.appendTo(views, "processed_event", new String[]{"event_id", "position"});
            return new HashSet<>(fresh);
        }
        String[] ids = incoming.stream().map(next -> next.event().id()).toArray(String[]::new);
        Long[] positions = incoming.stream().map(next -> next.event().position()).toArray(Long[]::new);
        return new HashSet<>(views.jdbc().query(connection -> {
            PreparedStatement statement = connection.prepareStatement("INSERT INTO " + views.table("processed_event")
                    + " (event_id, position) SELECT * FROM unnest(?::varchar[], ?::bigint[])"
                    + " ON CONFLICT DO NOTHING RETURNING event_id");
            statement.setArray(1, connection.createArrayOf("varchar", ids));
            statement.setArray(2, connection.createArrayOf("bigint", positions));
            return statement;
        }, (row, n) -> row.getString(1)));
    }

    /** @return the event as the projections see it; empty when its type is unknown or its payload unreadable */
    private Optional<ProjectedEvent> readable(ConsumerRecord<String, byte[]> record, CloudEvent event,
                                              ViewStore views) {
        Optional<EventTypes.EventType> type = EventTypes.ofCeType(event.type());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String text = new String(record.value(), StandardCharsets.UTF_8);
        Object payload;
        try {
            payload = json.readValue(record.value(), type.get().recordClass());
        } catch (RuntimeException e) {
            log.error("event {} ({}) cannot be read and is skipped by the views: {}", event.id(), event.type(),
                    e.getMessage());
            views.jdbc().update("INSERT INTO " + views.table("unreadable_event") + " (event_id, event_type, topic,"
                            + " partition_no, record_offset, problem) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    event.id(), event.type(), record.topic(), record.partition(), record.offset(),
                    problem(e));
            return Optional.empty();
        }
        return Optional.of(new ProjectedEvent(event.id(), event.position(), event.time(), type.get().name(),
                event.memberId(), event.actor(), event.correlationId(), event.policyVersion(), text, payload, event));
    }

    private static String problem(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        return message.substring(0, Math.min(2000, message.length()));
    }
}
