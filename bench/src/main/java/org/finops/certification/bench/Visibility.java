package org.finops.certification.bench;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.LifecycleClient;
import org.finops.certification.testing.Prometheus;
import org.finops.certification.testing.Tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Command to read model: at a given total rate, each command's position is awaited on the query side
 * ({@code minPosition}); the latency is from sending the command to the query answering with it applied.
 */
final class Visibility {
    private Visibility() {
    }

    /**
     * The phase: at half the peak, the latency from command to view, then how it splits at the topic, as the query
     * side measured the same events (its percentiles cover the last two minutes, which this phase fills).
     */
    static void phase(Report report, int commandPort, int queryPort, String run, double rate, Duration duration)
            throws InterruptedException {
        Split split = measure(commandPort, queryPort, run, 4, rate, duration);
        report.put("e2e_p50_ms_at_half_peak", split.visible().millis(50), "command sent to visible in the query view");
        report.put("e2e_p99_ms_at_half_peak", split.visible().millis(99), "target <= 50");
        report.put("e2e_p99_ms_command", split.answered().millis(99), "the same commands sent to answered (HTTP,"
                + " rules, store, commit), the part of the end-to-end time before publication");
        for (String stage : new String[]{"published", "applied"}) {
            report.put("e2e_p99_ms_" + stage, 1000 * Prometheus.value(queryPort,
                    "certification_readmodel_event_delay_seconds", Map.of("stage", stage, "quantile", "0.99")),
                    stage.equals("published") ? "the event's time to its record on Kafka (commit, publisher, acks)"
                            : "its record on Kafka to its batch committed in the views (fetch, transaction)");
        }
    }

    /** Each command's time to its answer, and to its event visible in the views, both from when it was sent. */
    record Split(Latencies answered, Latencies visible) {
    }

    static Split measure(int commandPort, int queryPort, String run, int clients, double rate, Duration duration)
            throws InterruptedException {
        Split split = new Split(new Latencies(), new Latencies());
        AtomicInteger members = new AtomicInteger();
        long deadline = System.nanoTime() + duration.toNanos();
        long interval = (long) (clients * 1e9 / rate);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                Api command = new Api(commandPort);
                Api query = new Api(queryPort);
                LifecycleClient lifecycle = new LifecycleClient(command::post, LifecycleClient.SHIPPED_CAPABILITIES);
                LifecycleClient.Path workload = lifecycle.path(run + "-v" + members.incrementAndGet());
                long next = System.nanoTime();
                while (System.nanoTime() < deadline) {
                    if (workload.done()) {
                        workload = lifecycle.path(run + "-v" + members.incrementAndGet());
                    }
                    long sent = System.nanoTime();
                    Api.Reply reply = workload.next();
                    long answered = System.nanoTime();
                    String position = reply.header("X-Event-Position");
                    if (reply.status() < 300 && position != null) {
                        Api.Reply seen = query.send("GET", "/api/v1/audit?size=1&memberId=" + workload.memberId()
                                + "&minPosition=" + position, Tokens.staff(), null, Map.of());
                        if ("true".equals(seen.header("X-Projection-Caught-Up"))) {
                            split.visible().add((System.nanoTime() - sent) / 1000);
                            split.answered().add((answered - sent) / 1000);
                        }
                    }
                    next += interval;
                    long sleep = next - System.nanoTime();
                    if (sleep > 0) {
                        CommandLoad.sleepNanos(sleep);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return split;
    }
}
