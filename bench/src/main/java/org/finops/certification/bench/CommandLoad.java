package org.finops.certification.bench;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.LifecycleClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sustained mixed lifecycle commands over many members: every client drives members of its own through their
 * lifecycle, one command at a time, for the duration; optionally paced to a total rate.
 */
final class CommandLoad {
    record Result(double commandsPerSecond, Latencies latencies, long accepted, long failed) {
    }

    private CommandLoad() {
    }

    static Result run(int port, String run, int clients, Duration duration, double pacedRate) throws Exception {
        Latencies latencies = new Latencies();
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicInteger members = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        long intervalNanos = pacedRate > 0 ? (long) (clients * 1e9 / pacedRate) : 0;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                Api api = new Api(port);
                LifecycleClient lifecycle = new LifecycleClient(api::post, LifecycleClient.SHIPPED_CAPABILITIES);
                LifecycleClient.Path workload = lifecycle.path(run + "-" + members.incrementAndGet());
                long next = System.nanoTime();
                while (System.nanoTime() < deadline) {
                    if (workload.done()) {
                        workload = lifecycle.path(run + "-" + members.incrementAndGet());
                    }
                    long sent = System.nanoTime();
                    Api.Reply reply = workload.next();
                    latencies.add((System.nanoTime() - sent) / 1000);
                    if (reply.status() < 300) {
                        accepted.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                    if (intervalNanos > 0) {
                        next += intervalNanos;
                        long sleep = next - System.nanoTime();
                        if (sleep > 0) {
                            sleepNanos(sleep);
                        }
                    }
                }
                api.close(); // a phase per warm-up window: left open, clients and their threads pile up
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(accepted.get() / seconds, latencies, accepted.get(), failed.get());
    }

    static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
