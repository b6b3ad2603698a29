package org.finops.certification.query.support;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.finops.certification.events.CloudEvent;
import org.finops.certification.events.PolicyBound;
import org.finops.certification.events.EventTypes;
import org.finops.certification.events.MemberEvent;
import org.finops.certification.events.PolicyPublished;
import org.finops.certification.testing.TestKafka;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes events to certification.events.v1 exactly as the contract says the command side does (CloudEvents
 * binary mode, key = member id): the query side is tested as the outside subscriber it is.
 */
public final class EventStream implements AutoCloseable {
    public static final String TOPIC = "certification.events.v1";
    public static final String LEAVES = "certification.transparency.v1";
    private static final AtomicLong POSITIONS = new AtomicLong(System.currentTimeMillis());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, byte[]> producer;

    public EventStream() {
        createTopic();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    /** Publishes the event as recorded now by {@code actor}; returns what was sent, to send again if wanted. */
    public Published publish(Object event, String actor) {
        return publish(event, actor, Instant.now());
    }

    public Published publish(Object event, String actor, Instant time) {
        Published published = new Published(new CloudEvent(UUID.randomUUID().toString(), "/test",
                EventTypes.of(event.getClass()).orElseThrow().ceType(), subject(event), time, memberId(event), actor,
                event instanceof PolicyBound decided ? decided.policyVersion() : null, "corr-" + UUID.randomUUID(),
                POSITIONS.incrementAndGet()),
                event);
        send(published);
        return published;
    }

    /** A re-publication: the same event, same ce_id, arriving again at another offset. */
    public void send(Published published) {
        List<Header> headers = published.cloudEvent().headers().entrySet().stream()
                .<Header>map(header -> new RecordHeader(header.getKey(), header.getValue())).toList();
        String key = published.event() instanceof MemberEvent member ? member.memberId()
                : "policy:" + ((PolicyPublished) published.event()).policyVersion();
        try {
            producer.send(new ProducerRecord<>(TOPIC, null, key, JSON.writeValueAsBytes(published.event()), headers))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Announces an event's leaf in the transparency log, as the command side's log writer does. */
    public void announceLeaf(String eventId, long leafIndex) {
        try {
            producer.send(new ProducerRecord<>(LEAVES, eventId, JSON.writeValueAsBytes(Map.of("eventId", eventId,
                    "leafIndex", leafIndex)))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    private static String memberId(Object event) {
        return event instanceof MemberEvent member ? member.memberId() : null;
    }

    private static String subject(Object event) {
        return event instanceof MemberEvent member ? member.memberId()
                : ((PolicyPublished) event).policyVersion();
    }

    private static void createTopic() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.bootstrapServers()))) {
            for (String topic : List.of(TOPIC, "certification.notifications.v1", LEAVES)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 4, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException(e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Published(CloudEvent cloudEvent, Object event) {
        public long position() {
            return cloudEvent.position();
        }
    }
}
