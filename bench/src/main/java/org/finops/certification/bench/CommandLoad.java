package org.finops.certification.bench;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.LifecycleClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sustained mixed lifecycle commands over many members: every client drives members of its own through their
 * lifecycle, one command at a time, until the load is finished; optionally paced to a total rate. The load keeps
 * running while it is measured window after window, so a warm-up and the measurement that follows it see the same
 * clients, connections and members in the middle of their lifecycles.
 */
final class CommandLoad {
    record Result(double commandsPerSecond, Latencies latencies, long accepted, long failed) {
    }

    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<Thread> clients = new ArrayList<>();
    private volatile Latencies latencies = new Latencies();
    private volatile boolean running = true;

    private CommandLoad() {
    }

    /** Starts the clients; each creates its members under {@code run}. */
    static CommandLoad start(int port, String run, int clients, double pacedRate) {
        return start(List.of(port), run, clients, pacedRate);
    }

    /** Starts the clients spread over the command sides at {@code ports}, one after the other. */
    static CommandLoad start(List<Integer> ports, String run, int clients, double pacedRate) {
        CommandLoad load = new CommandLoad();
        AtomicInteger members = new AtomicInteger();
        long intervalNanos = pacedRate > 0 ? (long) (clients * 1e9 / pacedRate) : 0;
        for (int c = 0; c < clients; c++) {
            int port = ports.get(c % ports.size());
            load.clients.add(Thread.ofPlatform().daemon(true).name("load-" + c).start(() -> load.drive(port,
                    lifecycle -> lifecycles(lifecycle, () -> run + "-" + members.incrementAndGet()), intervalNanos)));
        }
        return load;
    }

    /**
     * One client per member, each recording new individual certifications onto its member as fast as answered. With
     * {@code rotateAfter}, a client starts a new member (registered by its first command) every that many commands,
     * so the histories the commands meet stay that short; without it they grow by one event per command.
     */
    static CommandLoad recording(int port, List<String> members, int rotateAfter) {
        CommandLoad load = new CommandLoad();
        for (String first : members) {
            AtomicInteger sent = new AtomicInteger();
            load.clients.add(Thread.ofPlatform().daemon(true).name("record-" + first).start(() -> load.drive(port,
                    lifecycle -> () -> {
                        int n = sent.getAndIncrement();
                        String member = rotateAfter > 0 ? first + "-g" + n / rotateAfter : first;
                        return rotateAfter > 0 && n % rotateAfter == 0
                                ? lifecycle.register(member, member + " Ltd", "5000_PLUS")
                                : lifecycle.recordCredential(member, member + "-r" + n, "person-" + n, "PRACTITIONER");
                    }, 0)));
        }
        return load;
    }

    /** Members taken through their lifecycle one after the other. */
    private static Supplier<Api.Reply> lifecycles(LifecycleClient lifecycle, Supplier<String> newMember) {
        LifecycleClient.Path[] workload = {lifecycle.path(newMember.get())};
        return () -> {
            if (workload[0].done()) {
                workload[0] = lifecycle.path(newMember.get());
            }
            return workload[0].next();
        };
    }

    /** Runs a whole phase: started, measured for {@code duration}, finished. */
    static Result run(int port, String run, int clients, Duration duration, double pacedRate) throws Exception {
        return start(port, run, clients, pacedRate).finish(duration);
    }

    /** What the running load did over the next {@code duration}; it goes on running. */
    Result window(Duration duration) throws InterruptedException {
        Mark mark = mark();
        Thread.sleep(duration);
        return resultSince(mark);
    }

    /**
     * What the load did over the next {@code duration} and until its clients stopped (each finishes the command it
     * sent), so that every command whose work a CPU reading covers is counted.
     */
    Result finish(Duration duration) throws InterruptedException {
        Mark mark = mark();
        Thread.sleep(duration);
        running = false;
        for (Thread client : clients) {
            client.join();
        }
        return resultSince(mark);
    }

    /** Every command accepted since the load started, warm-up included. */
    long acceptedSinceStart() {
        return accepted.get();
    }

    private Mark mark() {
        latencies = new Latencies();
        return new Mark(System.nanoTime(), accepted.get(), failed.get(), latencies);
    }

    private record Mark(long startNanos, long accepted, long failed, Latencies latencies) {
    }

    private Result resultSince(Mark mark) {
        long acceptedSince = accepted.get() - mark.accepted();
        double seconds = (System.nanoTime() - mark.startNanos()) / 1e9;
        return new Result(acceptedSince / seconds, mark.latencies(), acceptedSince, failed.get() - mark.failed());
    }

    private void drive(int port, Function<LifecycleClient, Supplier<Api.Reply>> commands, long intervalNanos) {
        try (Api api = new Api(port)) {
            Supplier<Api.Reply> next = commands.apply(new LifecycleClient(api::post,
                    LifecycleClient.SHIPPED_CAPABILITIES));
            long due = System.nanoTime();
            while (running) {
                long sent = System.nanoTime();
                Api.Reply reply = next.get();
                latencies.add((System.nanoTime() - sent) / 1000);
                (reply.status() < 300 ? accepted : failed).incrementAndGet();
                if (intervalNanos > 0) {
                    due += intervalNanos;
                    long sleep = due - System.nanoTime();
                    if (sleep > 0) {
                        sleepNanos(sleep);
                    }
                }
            }
        }
    }

    static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
