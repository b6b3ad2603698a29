package org.finops.certification.query.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.finops.certification.query.position.ProjectionPosition;
import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.query.views.ViewStore;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Keeps the active generation of the read models up to date from the topic. Offsets live in PostgreSQL with the
 * views, so on every assignment the consumer seeks to where the views stand, not to where Kafka's group offset
 * says; several instances in one consumer group share the partitions.
 */
@Component
public class LiveConsumer implements ConsumerSeekAware {
    public static final String LISTENER_ID = "read-models";

    private final Projector projector;
    private final ViewGenerations generations;
    private final ConsumerMetrics metrics;
    private final ProjectionPosition position;

    public LiveConsumer(Projector projector, ViewGenerations generations, ConsumerMetrics metrics,
                        ProjectionPosition position) {
        this.position = position;
        this.projector = projector;
        this.generations = generations;
        this.metrics = metrics;
    }

    @KafkaListener(id = LISTENER_ID, topics = "${cert.kafka.events-topic:certification.events.v1}",
            groupId = "${cert.kafka.group-id:certification-query-side}", batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        ViewStore views = generations.active();
        Projector.Applied applied = projector.apply(records, views);
        position.batchApplied(views.schema(), applied.positions());
        metrics.consumed(records, applied.fresh());
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        ViewStore views = generations.active();
        Collection<TopicPartition> partitions = assignments.keySet();
        for (TopicPartition partition : partitions) {
            List<Long> next = views.jdbc().queryForList("SELECT next_offset FROM " + views.table("consumer_offset")
                    + " WHERE topic = ? AND partition_no = ?", Long.class, partition.topic(), partition.partition());
            if (next.isEmpty()) {
                callback.seekToBeginning(List.of(partition));
            } else {
                callback.seek(partition.topic(), partition.partition(), next.get(0));
            }
        }
    }
}
