package org.finops.certification.e2e;

import org.finops.certification.testing.Api;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends a command the way a careful client does through outages: with an Idempotency-Key, and again with the same
 * key while the answer is a 503 or no answer at all (process gone, connection cut), until a definitive answer.
 * Tallies every answer it saw, so a run can prove that nothing but 503 came back while something was down.
 */
final class RetryingClient {
    private static final Duration PAUSE = Duration.ofMillis(200);
    private static final Duration GIVE_UP = Duration.ofMinutes(4);

    private final Api api;
    private final Map<Integer, LongAdder> answers = new ConcurrentHashMap<>();
    private final LongAdder noAnswer = new LongAdder();
    private final LongAdder retried = new LongAdder();

    RetryingClient(int port) {
        this.api = new Api(port);
    }

    Api.Reply post(String path, String token, Object body) {
        String key = UUID.randomUUID().toString();
        Instant deadline = Instant.now().plus(GIVE_UP);
        while (true) {
            try {
                Api.Reply reply = api.send("POST", path, token, body, Map.of("Idempotency-Key", key));
                answers.computeIfAbsent(reply.status(), status -> new LongAdder()).increment();
                if (reply.status() != 503) {
                    return reply;
                }
            } catch (IllegalStateException connectionLost) {
                noAnswer.increment();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no definitive answer to POST " + path + " within " + GIVE_UP);
            }
            retried.increment();
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }

    /** Every HTTP status seen, with how often. */
    Map<Integer, Long> answers() {
        Map<Integer, Long> counts = new TreeMap<>();
        answers.forEach((status, count) -> counts.put(status, count.sum()));
        return counts;
    }

    long noAnswer() {
        return noAnswer.sum();
    }

    long retried() {
        return retried.sum();
    }
}
