package org.finops.certification.command.transparency;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.finops.certification.command.publication.PublicationInterrupted;
import org.finops.certification.command.publication.PublicationSettings;
import org.finops.certification.command.publication.TopicProvisioner;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Tells subscribers where each event's leaf went ({@code {"eventId","leafIndex"}} on the compacted leaves topic,
 * keyed by event id), so that the query side's trail can name an entry's leaf without asking this side. Sent before
 * the writer's transaction commits and acknowledged by Kafka first: a leaf stored is always announced; a batch
 * retried announces again, and for an event whose leaf moved (a late event filled a gap before the retry) the later
 * record, which compaction keeps, is the stored one.
 */
@Component
class LeafAnnouncements {
    private final KafkaTemplate<String, byte[]> kafka;
    private final TopicProvisioner topics;
    private final PublicationSettings settings;
    private final JsonMapper json;

    LeafAnnouncements(KafkaTemplate<String, byte[]> kafka, TopicProvisioner topics, PublicationSettings settings,
                      JsonMapper json) {
        this.kafka = kafka;
        this.topics = topics;
        this.settings = settings;
        this.json = json;
    }

    void announce(List<LogStore.Appended> appended) {
        if (appended.isEmpty()) {
            return;
        }
        topics.ensureCreated();
        CompletableFuture<?>[] sent = appended.stream().map(leaf -> kafka.send(new ProducerRecord<>(
                settings.leavesTopic(), leaf.eventId(), json.writeValueAsBytes(value(leaf))))).toArray(
                CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(sent).get(settings.acknowledgementTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublicationInterrupted("Kafka did not acknowledge the leaves' announcements; the log's batch"
                    + " is retried", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationInterrupted("interrupted while announcing the log's leaves", e);
        }
    }

    private static Map<String, Object> value(LogStore.Appended leaf) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("eventId", leaf.eventId());
        value.put("leafIndex", leaf.index());
        return value;
    }
}
