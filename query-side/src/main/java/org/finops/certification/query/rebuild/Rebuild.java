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
import org.finops.certification.query.views.NextGeneration;
import org.finops.certification.query.views.SideBySide;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds every read model from the topic's beginning: a fresh generation (schema) is filled by replaying the
 * topic (its partitions shared among a few workers) while the live one keeps answering; each worker then writes what
 * it held in memory, the views derived from those are written whole, and the keys and query-only indexes are built
 * once that bulk is in ({@link NextGeneration}); then the live consumer stops, the new generation takes the last
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
    private final int workerCount;
    private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.idle());

    public Rebuild(ViewGenerations generations, Projector projector, KafkaListenerEndpointRegistry listeners,
                   KafkaProperties kafka, @Value("${cert.kafka.events-topic:certification.events.v1}") String topic,
                   @Value("${cert.rebuild.workers:4}") int workerCount) {
        this.workerCount = Math.max(1, workerCount);
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
        List<KafkaConsumer<String, byte[]>> workers = new ArrayList<>();
        try {
            NextGeneration next = generations.createNext();
            for (List<TopicPartition> share : shares()) {
                KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig());
                workers.add(consumer);
                consumer.assign(share);
                consumer.seekToBeginning(share);
            }
            AtomicLong replayed = new AtomicLong();
            replayInParallel(workers, next, replayed, started);
            long deriving = System.nanoTime();
            projector.afterFill(next.views());
            log.info("rebuild: the views derived from the others written in {}",
                    Duration.ofNanos(System.nanoTime() - deriving));
            // built while the live generation still answers and consumes; the last events are written with them
            next.indexForQueries();

            MessageListenerContainer live = listeners.getListenerContainer(LiveConsumer.LISTENER_ID);
            live.stop();
            try {
                replayInParallel(workers, next, replayed, started);
                generations.switchTo(next);
            } finally {
                live.start();
            }
            progress.set(RebuildProgress.done(next.schema(), replayed.get(), started));
            log.info("rebuild done: {} records replayed into {} in {}", replayed.get(), next.schema(),
                    Duration.between(started, Instant.now()));
        } catch (RuntimeException e) {
            log.error("rebuild failed; the previous generation stays active", e);
            progress.set(RebuildProgress.failed(e.getMessage(), started));
        } finally {
            workers.forEach(KafkaConsumer::close);
        }
    }

    /**
     * The topic's partitions dealt out to the workers. Every row of every view is derived from one member's events
     * (and a policy's from that policy's), which share a partition, so workers never write the same rows.
     */
    private List<List<TopicPartition>> shares() {
        List<TopicPartition> partitions;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig())) {
            partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
        }
        List<List<TopicPartition>> shares = new ArrayList<>();
        for (int i = 0; i < Math.min(workerCount, partitions.size()); i++) {
            shares.add(new ArrayList<>());
        }
        for (int i = 0; i < partitions.size(); i++) {
            shares.get(i % shares.size()).add(partitions.get(i));
        }
        return shares;
    }

    /**
     * Each worker replays its partitions up to their end as of now, in its own transactions, and then writes what
     * it held while the generation was filled in bulk; the rebuild waits on PostgreSQL's round trips far more than
     * on the CPU, so workers side by side multiply its speed.
     */
    private void replayInParallel(List<KafkaConsumer<String, byte[]>> workers, NextGeneration next,
                                  AtomicLong replayed, Instant started) {
        long total = replayed.get() + workers.stream().mapToLong(Rebuild::remaining).sum();
        SideBySide.run("read-model-rebuild", workers.size(), workers.stream().<Runnable>map(consumer -> () -> {
            ViewStore views = next.views();
            replayUntil(consumer, views, consumer.endOffsets(consumer.assignment()), replayed, total, started);
            if (views.filling()) {
                long writing = System.nanoTime();
                projector.endOfFill(views);
                // what the fill held, written at its end: to tell apart from the replay (docs/operations.md)
                log.info("rebuild: a worker wrote what it held in {}", Duration.ofNanos(System.nanoTime() - writing));
            }
        }).toList());
    }

    private static long remaining(KafkaConsumer<String, byte[]> consumer) {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        return end.entrySet().stream().mapToLong(partition -> partition.getValue()
                - consumer.position(partition.getKey())).sum();
    }

    private void replayUntil(KafkaConsumer<String, byte[]> consumer, ViewStore next, Map<TopicPartition, Long> end,
                             AtomicLong replayed, long total, Instant started) {
        Instant lastLog = Instant.now();
        while (!reached(consumer, end)) {
            ConsumerRecords<String, byte[]> batch = consumer.poll(POLL);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            batch.forEach(records::add);
            if (!records.isEmpty()) {
                projector.apply(records, next);
                replayed.addAndGet(records.size());
            }
            progress.set(RebuildProgress.running(next.schema(), replayed.get(), total, started));
            if (Duration.between(lastLog, Instant.now()).toSeconds() >= 2) {
                log.info("rebuild: {}", progress.get());
                lastLog = Instant.now();
            }
        }
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
