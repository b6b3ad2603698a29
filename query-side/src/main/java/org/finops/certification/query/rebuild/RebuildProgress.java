package org.finops.certification.query.rebuild;

import java.time.Duration;
import java.time.Instant;

/** Where a rebuild stands: records replayed of the topic's records, and how fast. */
public record RebuildProgress(String state, String generation, long replayed, long total, long recordsPerSecond,
                              Instant startedAt, String problem) {

    static RebuildProgress idle() {
        return new RebuildProgress("IDLE", null, 0, 0, 0, null, null);
    }

    static RebuildProgress starting() {
        return new RebuildProgress("RUNNING", null, 0, 0, 0, Instant.now(), null);
    }

    static RebuildProgress running(String generation, long replayed, long total, Instant started) {
        return new RebuildProgress("RUNNING", generation, replayed, total, rate(replayed, started), started, null);
    }

    static RebuildProgress done(String generation, long replayed, Instant started) {
        return new RebuildProgress("DONE", generation, replayed, replayed, rate(replayed, started), started, null);
    }

    static RebuildProgress failed(String problem, Instant started) {
        return new RebuildProgress("FAILED", null, 0, 0, 0, started, problem);
    }

    public boolean running() {
        return state.equals("RUNNING");
    }

    private static long rate(long replayed, Instant started) {
        long millis = Math.max(1, Duration.between(started, Instant.now()).toMillis());
        return replayed * 1000 / millis;
    }

    @Override
    public String toString() {
        return replayed + "/" + total + " records into " + generation + " (" + recordsPerSecond + " records/s)";
    }
}
