package org.finops.certification.e2e;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.LifecycleClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The load a fault run holds: clients that each take members through their lifecycle (registration, eight
 * individual certifications, a PLATFORM application and its approval), one command at a time, until stopped.
 * It remembers what was accepted, so the run can look for exactly that in the store, on the topic and in the views.
 */
final class FaultLoad {
    private final String run;
    private final Duration thinkTime;
    private final RetryingClient client;
    private final LifecycleClient lifecycle;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger members = new AtomicInteger();
    private final Map<String, LongAdder> accepted = new ConcurrentHashMap<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final Set<String> certifications = ConcurrentHashMap.newKeySet();
    private final List<Thread> clients = new ArrayList<>();

    FaultLoad(String run, int commandPort, Duration thinkTime) {
        this.run = run;
        this.thinkTime = thinkTime;
        this.client = new RetryingClient(commandPort);
        this.lifecycle = Lifecycle.client(client::post);
    }

    void start(int clientCount) {
        for (int c = 0; c < clientCount; c++) {
            clients.add(Thread.ofPlatform().name("fault-load-" + c).start(() -> {
                while (running.get()) {
                    certify(run + "-" + members.incrementAndGet());
                }
            }));
        }
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : clients) {
            thread.join();
        }
    }

    /** A member's way to a certification: a refused registration or application ends it, credentials go on. */
    private void certify(String memberId) {
        LifecycleClient.Path path = lifecycle.path(memberId);
        while (!path.done()) {
            LifecycleClient.Step step = path.upcoming();
            Api.Reply reply = path.next();
            if (!tally(step.name().toLowerCase(Locale.ROOT), reply)) {
                if (step != LifecycleClient.Step.CREDENTIAL) {
                    return;
                }
            } else if (step == LifecycleClient.Step.APPROVAL) {
                certifications.add(reply.text("certificationId"));
            }
        }
    }

    private boolean tally(String kind, Api.Reply reply) {
        pace();
        if (reply.status() < 300) {
            accepted.computeIfAbsent(kind, k -> new LongAdder()).increment();
            return true;
        }
        refusals.add(kind + ": " + reply);
        return false;
    }

    /**
     * A client thinks between commands, so the load leaves the machine room to restart what the faults kill: on
     * two cores a closed loop starves a starting JVM for minutes.
     */
    private void pace() {
        try {
            Thread.sleep(thinkTime);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long accepted(String kind) {
        LongAdder count = accepted.get(kind);
        return count == null ? 0 : count.sum();
    }

    long acceptedTotal() {
        return accepted.values().stream().mapToLong(LongAdder::sum).sum();
    }

    List<String> refusals() {
        return refusals;
    }

    Set<String> certifications() {
        return certifications;
    }

    RetryingClient client() {
        return client;
    }
}
