package org.finops.certification.query.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** How the read models keep up: events applied, duplicates dropped, and how old the last applied event was. */
@Component
public class ConsumerMetrics {
    private final Counter applied;
    private final Counter duplicates;
    private final AtomicLong lastEventAgeMillis = new AtomicLong();

    public ConsumerMetrics(MeterRegistry meters) {
        this.applied = meters.counter("certification.readmodel.events.applied");
        this.duplicates = meters.counter("certification.readmodel.events.duplicates");
        Gauge.builder("certification.readmodel.last.event.age", lastEventAgeMillis, AtomicLong::get)
                .description("age of the newest event when it was applied").baseUnit("milliseconds")
                .register(meters);
    }

    void consumed(List<ConsumerRecord<String, byte[]>> records, int newlyApplied) {
        applied.increment(newlyApplied);
        duplicates.increment(records.size() - newlyApplied);
        if (!records.isEmpty()) {
            lastEventAgeMillis.set(System.currentTimeMillis() - records.get(records.size() - 1).timestamp());
        }
    }
}
