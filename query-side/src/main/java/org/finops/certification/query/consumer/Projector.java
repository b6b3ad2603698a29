package org.finops.certification.query.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.finops.certification.events.CloudEvent;
import org.finops.certification.events.EventTypes;
import org.finops.certification.query.views.ViewStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a batch of records to one generation of the read models in one transaction, together with the next
 * offsets and the ids of the applied events: whatever dies when, each event changes the views exactly once.
 */
@Component
public class Projector {
    private static final Logger log = LoggerFactory.getLogger(Projector.class);

    private final List<Projection> projections;
    private final TransactionTemplate transactions;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public Projector(List<Projection> projections, TransactionTemplate transactions) {
        this.projections = projections;
        this.transactions = transactions;
    }

    /** @return how many events were new to this generation */
    public int apply(List<ConsumerRecord<String, byte[]>> records, ViewStore views) {
        return transactions.execute(tx -> {
            int applied = 0;
            Map<String, Map<Integer, Long>> nextOffsets = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                if (applyOne(record, views)) {
                    applied++;
                }
                nextOffsets.computeIfAbsent(record.topic(), topic -> new HashMap<>())
                        .merge(record.partition(), record.offset() + 1, Math::max);
            }
            nextOffsets.forEach((topic, partitions) -> partitions.forEach((partition, next) -> views.jdbc().update(
                    "INSERT INTO " + views.table("consumer_offset") + " (topic, partition_no, next_offset)"
                            + " VALUES (?, ?, ?) ON CONFLICT (topic, partition_no)"
                            + " DO UPDATE SET next_offset = GREATEST(EXCLUDED.next_offset, "
                            + views.table("consumer_offset") + ".next_offset)", topic, partition, next)));
            return applied;
        });
    }

    private boolean applyOne(ConsumerRecord<String, byte[]> record, ViewStore views) {
        Map<String, byte[]> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        if (!headers.containsKey(CloudEvent.H_ID) || !headers.containsKey(CloudEvent.H_TYPE)) {
            log.error("skipping a record without CloudEvents headers at {}-{}@{}", record.topic(), record.partition(),
                    record.offset());
            return false;
        }
        CloudEvent event = CloudEvent.fromHeaders(headers);
        int fresh = views.jdbc().update("INSERT INTO " + views.table("processed_event") + " (event_id, position)"
                + " VALUES (?, ?) ON CONFLICT DO NOTHING", event.id(), event.position());
        if (fresh == 0) {
            return false;
        }
        Optional<EventTypes.EventType> type = EventTypes.ofCeType(event.type());
        if (type.isEmpty()) {
            return true;
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
                    String.valueOf(e.getMessage()).substring(0, Math.min(2000, String.valueOf(e.getMessage()).length())));
            return true;
        }
        ProjectedEvent projected = new ProjectedEvent(event.id(), event.position(), event.time(),
                type.get().name(), event.memberId(), event.actor(), event.correlationId(), event.policyVersion(), text,
                payload);
        projections.forEach(projection -> projection.on(projected, views));
        return true;
    }
}
