package org.finops.certification.e2e;

import org.finops.certification.testing.Tokens;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The clients of the conflict storm, without Idempotency-Keys, as retrying clients often are: racers registering
 * the same new ids (the winner moves the race on, the losers retry until they see it), clients changing one member's
 * standing at once, and normal traffic (new members and their credentials) that must go through untouched.
 */
final class StormLoad {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int CLIENTS = 16;
    private static final int RACERS = 13;
    private static final int HOT_MEMBER_CLIENTS = 2;
    private static final int NORMAL_CLIENTS = CLIENTS - RACERS - HOT_MEMBER_CLIENTS;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String run;
    private final String staff = Tokens.staff();
    private final AtomicInteger members = new AtomicInteger();

    StormLoad(int port, String run) {
        this.base = "http://localhost:" + port + "/api/v1";
        this.run = run;
    }

    /** New members with a credential each, from {@code clients} clients: accepted commands per second. */
    double normalTraffic(int clients, Duration duration) throws InterruptedException {
        Tally tally = new Tally();
        Instant end = Instant.now().plus(duration);
        runAll(clients, client -> () -> {
            normalCommands(tally);
            return Instant.now().isBefore(end);
        });
        if (tally.normalRefused.get() > 0) {
            throw new IllegalStateException("normal traffic refused outside the storm: " + tally.answers());
        }
        return tally.accepted.get() / (double) duration.toSeconds();
    }

    Storm storm(int conflicts, Duration limit) throws InterruptedException {
        Tally tally = new Tally();
        String hot = register(tally, run + "-hot", 201);
        AtomicInteger race = new AtomicInteger();
        Instant end = Instant.now().plus(limit);
        BooleanSupplier going = () -> tally.conflicts.get() < conflicts && Instant.now().isBefore(end);
        Map<Integer, String> racedBodies = new ConcurrentHashMap<>();
        runAll(RACERS + HOT_MEMBER_CLIENTS + NORMAL_CLIENTS, client -> () -> {
            if (client < RACERS) {
                int round = race.get();
                String body = racedBodies.computeIfAbsent(round,
                        key -> JSON.writeValueAsString(member(run + "-race-" + key)));
                if (send(tally, "POST", "/members", body) == 201) {
                    race.compareAndSet(round, round + 1);
                }
            } else if (client < RACERS + HOT_MEMBER_CLIENTS) {
                send(tally, "PUT", "/members/" + hot + "/standing",
                        Map.of("goodStanding", client % 2 == 0, "reason", "storm"));
            } else {
                normalCommands(tally);
            }
            return going.getAsBoolean();
        });
        return new Storm(tally.conflicts.get(), tally.accepted.get(), tally.timeouts.get(),
                tally.normalRefused.get(), tally.answers(), Set.copyOf(tally.conflictCodes));
    }

    long oneRegistrationMillis() {
        Instant start = Instant.now();
        register(new Tally(), run + "-after-" + members.incrementAndGet(), 201);
        return Duration.between(start, Instant.now()).toMillis();
    }

    private void normalCommands(Tally tally) {
        String memberId = run + "-n" + members.incrementAndGet();
        if (send(tally, "POST", "/members", member(memberId)) != 201
                | send(tally, "POST", "/members/" + memberId + "/individual-certifications",
                Map.of("personId", "p", "type", "PRACTITIONER", "credentialId", memberId + "-c",
                        "issuedOn", "2025-01-01")) != 201) {
            tally.normalRefused.incrementAndGet();
        }
    }

    private String register(Tally tally, String memberId, int expected) {
        int status = send(tally, "POST", "/members", member(memberId));
        if (status != expected) {
            throw new IllegalStateException("registering " + memberId + " answered " + status);
        }
        return memberId;
    }

    private static Map<String, Object> member(String memberId) {
        return Map.of("memberId", memberId, "legalName", "Storm " + memberId, "sizeBand", "LT_100",
                "goodStanding", true, "contactEmail", "storm@storm.example");
    }

    private int send(Tally tally, String method, String path, Object body) {
        String json = body instanceof String text ? text : JSON.writeValueAsString(body);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + staff).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            tally.answers.computeIfAbsent(status, code -> new AtomicLong()).incrementAndGet();
            if (status == 409) {
                tally.conflicts.incrementAndGet();
                tally.conflictCodes.add(response.body().contains("\"code\":\"CONFLICT\"") ? "CONFLICT"
                        : response.body());
            } else if (status < 300) {
                tally.accepted.incrementAndGet();
            }
            return status;
        } catch (HttpTimeoutException e) {
            tally.timeouts.incrementAndGet();
            return -1;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs each client's step until it says stop; waits for all. */
    private static void runAll(int clients, java.util.function.IntFunction<BooleanSupplier> steps)
            throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            BooleanSupplier step = steps.apply(client);
            threads.add(Thread.ofPlatform().name("storm-client-" + client).start(() -> {
                while (step.getAsBoolean()) {
                    Thread.onSpinWait();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    record Storm(long conflicts, long accepted, long timeouts, long normalRefused, Map<Integer, Long> answers,
                 Set<String> conflictCodes) {
    }

    private static final class Tally {
        final AtomicLong conflicts = new AtomicLong();
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong timeouts = new AtomicLong();
        final AtomicLong normalRefused = new AtomicLong();
        final Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
        final Set<String> conflictCodes = ConcurrentHashMap.newKeySet();

        Map<Integer, Long> answers() {
            Map<Integer, Long> counts = new TreeMap<>();
            answers.forEach((status, count) -> counts.put(status, count.get()));
            return counts;
        }
    }
}
