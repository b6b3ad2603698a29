package org.finops.certification.query.rebuild;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.finops.certification.query.consumer.LiveConsumer;
import org.finops.certification.query.consumer.Projector;
import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.query.views.ViewStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds every read model from the topic's beginning: a fresh generation (schema) is filled by replaying the
 * topic while the live one keeps answering; then the live consumer stops, the new generation takes the last
 * events, the pointer switches to it, and the live consumer resumes from the new generation's offsets.
 */
@Component
public class Rebuild {
    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final ViewGenerations generations;
    private final Projector projector;
    private final KafkaListenerEndpointRegistry listeners;
    private final KafkaProperties kafka;
    private final String topic;
    private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.idle());

    public Rebuild(ViewGenerations generations, Projector projector, KafkaListenerEndpointRegistry listeners,
                   KafkaProperties kafka, @Value("${cert.kafka.events-topic:certification.events.v1}") String topic) {
        this.generations = generations;
        this.projector = projector;
        this.listeners = listeners;
        this.kafka = kafka;
        this.topic = topic;
    }

    public RebuildProgress progress() {
        return progress.get();
    }

    /** Starts a rebuild in the background; false when one is already running. */
    public synchronized boolean start() {
        if (progress.get().running()) {
            return false;
        }
        progress.set(RebuildProgress.starting());
        Thread.ofPlatform().name("read-model-rebuild").start(this::run);
        return true;
    }

    private void run() {
        Instant started = Instant.now();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            ViewStore next = generations.createNext();
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long total = end.values().stream().mapToLong(Long::longValue).sum();
            long replayed = replayUntil(consumer, next, end, 0, total, started);

            MessageListenerContainer live = listeners.getListenerContainer(LiveConsumer.LISTENER_ID);
            live.stop();
            try {
                Map<TopicPartition, Long> finalEnd = consumer.endOffsets(partitions);
                long finalTotal = finalEnd.values().stream().mapToLong(Long::longValue).sum();
                replayed = replayUntil(consumer, next, finalEnd, replayed, finalTotal, started);
                generations.switchTo(next);
            } finally {
                live.start();
            }
            progress.set(RebuildProgress.done(next.schema(), replayed, started));
            log.info("rebuild done: {} records replayed into {} in {}", replayed, next.schema(),
                    Duration.between(started, Instant.now()));
        } catch (RuntimeException e) {
            log.error("rebuild failed; the previous generation stays active", e);
            progress.set(RebuildProgress.failed(e.getMessage(), started));
        }
    }

    private long replayUntil(KafkaConsumer<String, byte[]> consumer, ViewStore next, Map<TopicPartition, Long> end,
                             long replayedBefore, long total, Instant started) {
        long replayed = replayedBefore;
        Instant lastLog = Instant.now();
        while (!reached(consumer, end)) {
            ConsumerRecords<String, byte[]> batch = consumer.poll(POLL);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            batch.forEach(records::add);
            if (!records.isEmpty()) {
                projector.apply(records, next);
                replayed += records.size();
            }
            progress.set(RebuildProgress.running(next.schema(), replayed, total, started));
            if (Duration.between(lastLog, Instant.now()).toSeconds() >= 2) {
                log.info("rebuild: {}", progress.get());
                lastLog = Instant.now();
            }
        }
        return replayed;
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }
}
