package org.finops.certification.e2e;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.Tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    private static final List<String> TYPES = List.of("PRACTITIONER", "PRACTITIONER", "PRACTITIONER", "ENGINEER",
            "ENGINEER", "PROFESSIONAL", "FOCUS_ANALYST", "FOCUS_ANALYST");

    private final String run;
    private final Duration thinkTime;
    private final RetryingClient client;
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

    private void certify(String memberId) {
        if (!send("registration", "/api/v1/members", Tokens.staff(), Map.of("memberId", memberId, "legalName",
                memberId + " Ltd", "sizeBand", "LT_100", "goodStanding", true, "contactEmail",
                "certs@" + memberId + ".example"))) {
            return;
        }
        for (int i = 0; i < TYPES.size(); i++) {
            send("credential", "/api/v1/members/" + memberId + "/individual-certifications", Tokens.member(memberId),
                    Map.of("personId", "p" + i, "type", TYPES.get(i), "credentialId", memberId + "-" + i,
                            "issuedOn", "2025-01-01"));
        }
        Map<String, Object> application = new LinkedHashMap<>(Lifecycle.content());
        application.put("memberId", memberId);
        application.put("type", "PLATFORM");
        Api.Reply submitted = client.post("/api/v1/applications", Tokens.member(memberId), application);
        if (!tally("application", submitted)) {
            return;
        }
        Api.Reply approved = client.post("/api/v1/applications/" + submitted.text("applicationId") + "/approve",
                Tokens.staff(), Map.of("comment", "meets the policy"));
        if (tally("approval", approved)) {
            certifications.add(approved.text("certificationId"));
        }
    }

    private boolean send(String kind, String path, String token, Object body) {
        return tally(kind, client.post(path, token, body));
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
