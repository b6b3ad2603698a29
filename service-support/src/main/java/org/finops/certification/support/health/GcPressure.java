package org.finops.certification.support.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Whether the JVM still does work: an app whose heap is nearly full spends its time in back-to-back collections
 * and answers nothing in time, while every other check (database, Kafka) still says UP. Over the last
 * {@value #WINDOW_SECONDS} s, more than half the time in garbage collection makes it DOWN, so readiness takes it out
 * of the load balancer and the operator sees why.
 */
@Component("gc")
public class GcPressure implements HealthIndicator {
    static final int WINDOW_SECONDS = 30;
    static final double LIMIT = 0.5;
    private static final long WINDOW_NANOS = Duration.ofSeconds(WINDOW_SECONDS).toNanos();

    private final LongSupplier collectionMillis;
    private final LongSupplier nanoTime;
    private final List<Sample> samples = new ArrayList<>();

    public GcPressure() {
        this(GcPressure::totalCollectionMillis, System::nanoTime);
    }

    GcPressure(LongSupplier collectionMillis, LongSupplier nanoTime) {
        this.collectionMillis = collectionMillis;
        this.nanoTime = nanoTime;
        sample();
    }

    @Scheduled(fixedDelayString = "PT5S")
    public synchronized void sample() {
        long now = nanoTime.getAsLong();
        samples.add(new Sample(now, collectionMillis.getAsLong()));
        while (samples.size() > 2 && now - samples.get(1).nanos() >= WINDOW_NANOS) {
            samples.remove(0);
        }
    }

    /** The share of the window's time spent collecting, 0 before two samples. */
    synchronized double share() {
        Sample first = samples.get(0);
        Sample last = samples.get(samples.size() - 1);
        long elapsedMillis = (last.nanos() - first.nanos()) / 1_000_000;
        return elapsedMillis <= 0 ? 0 : Math.min(1, (double) (last.millis() - first.millis()) / elapsedMillis);
    }

    @Override
    public Health health() {
        double share = share();
        Health.Builder health = share > LIMIT ? Health.down().withDetail("reason", "the JVM spent "
                + Math.round(share * 100) + " % of the last " + WINDOW_SECONDS + " s in garbage collection: the heap"
                + " is nearly full (see a heap histogram: jcmd <pid> GC.class_histogram)") : Health.up();
        return health.withDetail("gcTimeShare", Math.round(share * 1000) / 1000.0).build();
    }

    private static long totalCollectionMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }

    private record Sample(long nanos, long millis) {
    }
}
