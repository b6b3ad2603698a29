package org.finops.certification.query.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.finops.certification.events.CloudEvent;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How the read models keep up: events applied, duplicates dropped, how old the last applied event was, and where an
 * event's way from its command to the views takes its time: from the event's time to its record on the topic
 * ({@code stage=published}: the command's commit, the publisher's pick-up and Kafka's acknowledgement) and from the
 * record to its batch committed here ({@code stage=applied}: the consumer's fetch and the views' transaction).
 */
@Component
public class ConsumerMetrics {
    private final Counter applied;
    private final Counter duplicates;
    private final AtomicLong lastEventAgeMillis = new AtomicLong();
    private final Timer published;
    private final Timer appliedAfterPublished;

    public ConsumerMetrics(MeterRegistry meters) {
        this.applied = meters.counter("certification.readmodel.events.applied");
        this.duplicates = meters.counter("certification.readmodel.events.duplicates");
        Gauge.builder("certification.readmodel.last.event.age", lastEventAgeMillis, AtomicLong::get)
                .description("age of the newest event when it was applied").baseUnit("milliseconds")
                .register(meters);
        this.published = delay(meters, "published");
        this.appliedAfterPublished = delay(meters, "applied");
    }

    private static Timer delay(MeterRegistry meters, String stage) {
        return Timer.builder("certification.readmodel.event.delay").tag("stage", stage)
                .description("an event's time from its command to the topic (published), then to the views (applied)")
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    void consumed(List<ConsumerRecord<String, byte[]>> records, int newlyApplied) {
        applied.increment(newlyApplied);
        duplicates.increment(records.size() - newlyApplied);
        if (!records.isEmpty()) {
            lastEventAgeMillis.set(System.currentTimeMillis() - records.get(records.size() - 1).timestamp());
        }
        long now = System.currentTimeMillis();
        for (ConsumerRecord<String, byte[]> record : records) {
            Header time = record.headers().lastHeader(CloudEvent.H_TIME);
            if (time != null) {
                long occurred = Instant.parse(new String(time.value(), StandardCharsets.UTF_8)).toEpochMilli();
                published.record(Math.max(0, record.timestamp() - occurred), TimeUnit.MILLISECONDS);
            }
            appliedAfterPublished.record(Math.max(0, now - record.timestamp()), TimeUnit.MILLISECONDS);
        }
    }
}
