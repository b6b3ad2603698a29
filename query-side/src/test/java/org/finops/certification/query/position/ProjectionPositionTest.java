package org.finops.certification.query.position;

import org.finops.certification.query.support.ProjectionHarness;
import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.query.views.ViewStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query's wait for a position ({@code minPosition}): answered from this instance's own batches as they commit, and
 * from the database for what other instances apply to the same views.
 */
class ProjectionPositionTest {
    private static final AtomicLong POSITIONS = new AtomicLong(1_000);
    private static ViewGenerations generations;

    @BeforeAll
    static void database() {
        ProjectionHarness harness = ProjectionHarness.start();
        generations = new ViewGenerations(harness.jdbc().getDataSource(), harness.jdbc());
    }

    @Test
    void answersFromTheBatchesThisInstanceApplied() throws Exception {
        ProjectionPosition position = new ProjectionPosition(generations, Duration.ofMillis(300));
        long applied = POSITIONS.incrementAndGet();
        // not in the database: only this instance's memory of its batch can answer
        position.batchApplied(generations.active().schema(), List.of(applied - 1, applied));

        assertThat(position.awaitApplied(applied)).isTrue();
    }

    @Test
    void wakesWhenItsOwnBatchCommits() throws Exception {
        ProjectionPosition position = new ProjectionPosition(generations, Duration.ofSeconds(5));
        long applied = POSITIONS.incrementAndGet();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> await(position, applied));
        Thread.sleep(100);
        assertThat(waiting).isNotDone();

        position.batchApplied(generations.active().schema(), List.of(applied));

        assertThat(waiting.get(1, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void findsWhatAnotherInstanceApplied() throws Exception {
        ProjectionPosition position = new ProjectionPosition(generations, Duration.ofSeconds(5));
        long applied = POSITIONS.incrementAndGet();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> await(position, applied));
        Thread.sleep(100);

        ViewStore views = generations.active();
        views.jdbc().update("INSERT INTO " + views.table("processed_event") + " (event_id, position) VALUES (?, ?)",
                UUID.randomUUID().toString(), applied);

        assertThat(waiting.get(1, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void cannotTakeAnotherGenerationsBatchForTheActiveOnes() throws Exception {
        ProjectionPosition position = new ProjectionPosition(generations, Duration.ofMillis(200));
        long applied = POSITIONS.incrementAndGet();
        position.batchApplied("views_retired", List.of(applied));

        assertThat(position.awaitApplied(applied)).isFalse();
    }

    @Test
    void givesUpWhenTheWaitRunsOut() throws Exception {
        ProjectionPosition position = new ProjectionPosition(generations, Duration.ofMillis(200));
        position.batchApplied(generations.active().schema(), List.of(POSITIONS.incrementAndGet()));
        long started = System.nanoTime();

        assertThat(position.awaitApplied(POSITIONS.incrementAndGet())).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    private static boolean await(ProjectionPosition position, long applied) {
        try {
            return position.awaitApplied(applied);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
