package org.finops.certification.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.finops.certification.events.CloudEvent;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Reads a topic from its beginning, as an outside subscriber would, until a condition holds or time runs out. */
public final class TopicReader {
    public static final String EVENTS = "certification.events.v1";
    public static final String LEAVES = "certification.transparency.v1";

    private TopicReader() {
    }

    /** The distinct CloudEvents ids among the records: a record delivered twice counts once. */
    public static Set<String> eventIds(List<ConsumerRecord<String, byte[]>> records) {
        Set<String> ids = new HashSet<>();
        records.forEach(record -> ids.add(new String(record.headers().lastHeader(CloudEvent.H_ID).value(),
                StandardCharsets.UTF_8)));
        return ids;
    }

    public static List<ConsumerRecord<String, byte[]>> readUntil(String topic,
                                                                 Predicate<List<ConsumerRecord<String, byte[]>>> done,
                                                                 Duration timeout) {
        return readUntil(TestKafka.bootstrapServers(), topic, done, timeout);
    }

    public static List<ConsumerRecord<String, byte[]>> readUntil(String bootstrapServers, String topic,
                                                                 Predicate<List<ConsumerRecord<String, byte[]>>> done,
                                                                 Duration timeout) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, byte[]> consumer = fromBeginning(bootstrapServers, topic, deadline)) {
            while (!done.test(records) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    /** Every record on the topic when the call began: each partition read up to the end it had then. */
    public static List<ConsumerRecord<String, byte[]>> readToEnd(String topic, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, byte[]> consumer = fromBeginning(TestKafka.bootstrapServers(), topic, deadline)) {
            Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(topic + " not read to its end within " + timeout);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    /**
     * Which of the {@code wanted} CloudEvents ids are on the topic, read from its beginning until all are found or
     * time runs out, without keeping the records: a topic of millions fits no list.
     */
    public static Set<String> idsAmong(String topic, Set<String> wanted, Duration timeout) {
        Set<String> found = new HashSet<>();
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, byte[]> consumer = fromBeginning(TestKafka.bootstrapServers(), topic, deadline)) {
            while (found.size() < wanted.size() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Header id = record.headers().lastHeader(CloudEvent.H_ID);
                    String ceId = id == null ? null : new String(id.value(), StandardCharsets.UTF_8);
                    if (wanted.contains(ceId)) {
                        found.add(ceId);
                    }
                }
            }
        }
        return found;
    }

    /** A consumer of all the topic's partitions, at their beginning; the caller closes it. */
    private static KafkaConsumer<String, byte[]> fromBeginning(String bootstrapServers, String topic,
                                                               Instant deadline) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = List.of();
        while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            partitions = infos == null ? List.of()
                    : infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }
}
