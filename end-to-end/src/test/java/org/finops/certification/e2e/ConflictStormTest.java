package org.finops.certification.e2e;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.SoftAssertions;
import org.finops.certification.servers.AppProcess;
import org.finops.certification.servers.KafkaServer;
import org.finops.certification.testing.Eventually;
import org.finops.certification.testing.Prometheus;
import org.finops.certification.testing.Sql;
import org.finops.certification.testing.TopicReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A storm of conflicts from clients without an Idempotency-Key (racing creations of the same ids, many clients
 * changing one member at once) amid normal traffic, against the command side's jar, a broker and a query side. It
 * used to leave one gap in the global index per lost race, which the publisher's tokens kept by the thousand until
 * the heap was full. Afterwards the service must answer a new command at once, keep up its normal traffic (not
 * collapse: {@link #COLLAPSE}), with the heap it had, publication caught up, and every stored event on the topic and
 * in the read models.
 */
@Tag("faults")
class ConflictStormTest {
    private static final int CONFLICTS = Integer.getInteger("cert.storm.conflicts", 20_000);
    /**
     * The storm runs until it has its conflicts: the bound only ends a run that would never get there (one stopped at
     * 19,420 conflicts when it had two minutes on a slow day), so the machine's speed does not decide the build.
     */
    private static final Duration STORM_LIMIT = Duration.ofMinutes(8);
    /**
     * Warm until two consecutive windows agree within 5 %, at least the first and at most the second: on two cores
     * the JIT is still compiling after a minute (the same load ran 45 % faster after the storm than before it).
     */
    private static final Duration WARM_UP_AT_LEAST = Duration.ofSeconds(150);
    private static final Duration WARM_UP_AT_MOST = Duration.ofSeconds(240);
    private static final Duration WINDOW = Duration.ofSeconds(10);
    private static final Duration MEASURE = Duration.ofSeconds(15);
    /**
     * What the storm may cost the normal traffic measured after it, as a share of before: a service the storm broke
     * (the heap full of the publisher's gaps, issue 11) answered next to nothing. Not a speed check: one JVM's rate
     * moves between plateaus on two cores (710 and 900-1,000 commands/s in the benchmark, the same code) and falls
     * after the heap check's full collections, so runs with nothing wrong measured 0.58-1.78 times before, and 0.8
     * turned three clean-clone runs red and would have a fourth (docs/operations.md, conflict storm).
     */
    private static final double COLLAPSE = 1.0 / 3;

    @Test
    void aStormOfConflictsLeavesTheServiceFastPublishingAndHonest() throws Exception {
        KafkaServer broker = KafkaServer.start(KafkaServer.fromClasspath(), Files.createTempDirectory("cert-storm"), 0);
        try (Stack stack = Stack.start("PT1M", 1, broker.bootstrapServers(), Duration.ofSeconds(10))) {
            String run = "s" + UUID.randomUUID().toString().substring(0, 6);
            StormLoad load = new StormLoad(stack.commandSide.port(), run);
            // the storm's clients, warm (the JIT, the thread pools, the event cache), before anything is measured
            Duration warmUp = warmUp(load);
            double before = load.normalTraffic(StormLoad.CLIENTS, MEASURE);
            long heapBefore = Heap.usedAfterFullGc(stack.commandSide);
            long gapsBefore = gaps(stack);

            Instant stormStart = Instant.now();
            StormLoad.Storm storm = load.storm(CONFLICTS, STORM_LIMIT);
            Duration stormTook = Duration.between(stormStart, Instant.now());
            Duration lagGone = awaitNoLag(stack.commandSide, Duration.ofSeconds(30));

            long firstAnswer = load.oneRegistrationMillis();
            double after = load.normalTraffic(StormLoad.CLIENTS, MEASURE);
            long heapAfter = Heap.usedAfterFullGc(stack.commandSide);
            Set<String> stored = new HashSet<>(Sql.strings(stack.commandDatabase,
                    "SELECT event_identifier FROM domain_event_entry"));
            List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(broker.bootstrapServers(),
                    TopicReader.EVENTS, read -> TopicReader.eventIds(read).containsAll(stored), Duration.ofSeconds(60));
            Set<String> applied = awaitApplied(stack, stored, Duration.ofSeconds(60));

            System.out.printf("storm: warmed up in %s;%n", warmUp);
            System.out.printf("storm: %d conflicts answered in %s (%.0f conflicts/s) beside %d accepted commands;"
                            + " answers %s, %d timeouts; normal traffic %.1f commands/s before, %.1f after; a new"
                            + " command answered in %d ms after the storm; heap after a full GC %d MB before, %d MB"
                            + " after; publication lag 0 %s after the storm; gaps in the global index %d before, %d"
                            + " after; %d events stored, %d on the topic, %d applied%n",
                    storm.conflicts(), stormTook, storm.conflicts() / (stormTook.toMillis() / 1000.0),
                    storm.accepted(), storm.answers(), storm.timeouts(), before, after, firstAnswer,
                    heapBefore >> 20, heapAfter >> 20, lagGone, gapsBefore, gaps(stack), stored.size(),
                    TopicReader.eventIds(records).size(), applied.size());

            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(storm.conflicts()).as("conflicts before the bound of " + STORM_LIMIT).isGreaterThanOrEqualTo(CONFLICTS);
            soft.assertThat(storm.conflictCodes()).as("every conflict answered 409 CONFLICT").containsOnly("CONFLICT");
            soft.assertThat(storm.answers().keySet()).as("no 5xx").allMatch(status -> status < 500);
            soft.assertThat(storm.timeouts()).as("no timeout").isZero();
            soft.assertThat(storm.normalRefused()).as("normal traffic unaffected").isZero();
            soft.assertThat(firstAnswer).as("a new command after the storm, ms").isLessThan(1000);
            soft.assertThat(after).as("throughput after the storm").isGreaterThanOrEqualTo(COLLAPSE * before);
            soft.assertThat((double) heapAfter).as("heap after a full GC").isLessThanOrEqualTo(1.1 * heapBefore);
            soft.assertThat(lagGone).as("publication caught up").isLessThanOrEqualTo(Duration.ofSeconds(10));
            soft.assertThat(gaps(stack)).as("no index value drawn by a loser").isEqualTo(gapsBefore);
            // a set difference, not AssertJ's containsAll, which compares every pair: minutes at 125,000 events
            Set<String> missing = new HashSet<>(stored);
            missing.removeAll(TopicReader.eventIds(records));
            soft.assertThat(missing).as("stored events missing from the topic").isEmpty();
            soft.assertThat(applied).as("every stored event in the read models").isEqualTo(stored);
            soft.assertAll();
        } finally {
            broker.kill();
        }
    }

    private static Duration warmUp(StormLoad load) throws InterruptedException {
        Instant start = Instant.now();
        double previous = load.normalTraffic(StormLoad.CLIENTS, WINDOW);
        while (true) {
            double current = load.normalTraffic(StormLoad.CLIENTS, WINDOW);
            Duration took = Duration.between(start, Instant.now());
            boolean stable = Math.abs(current - previous) <= 0.05 * previous;
            if (took.compareTo(WARM_UP_AT_MOST) >= 0 || stable && took.compareTo(WARM_UP_AT_LEAST) >= 0) {
                return took;
            }
            previous = current;
        }
    }

    /** Index values drawn and never used: max(global_index) minus the rows. */
    private static long gaps(Stack stack) throws Exception {
        return Sql.count(stack.commandDatabase,
                "SELECT coalesce(max(global_index), 0) - count(*) FROM domain_event_entry");
    }

    private static Duration awaitNoLag(AppProcess commandSide, Duration within) throws Exception {
        Instant start = Instant.now();
        while (Prometheus.sum(commandSide.port(), "certification_publication_lag_events") > 0
                && Instant.now().isBefore(start.plus(within))) {
            Thread.sleep(200);
        }
        return Duration.between(start, Instant.now());
    }

    private static Set<String> awaitApplied(Stack stack, Set<String> stored, Duration within) {
        String views = Sql.strings(stack.queryDatabase, "SELECT active_schema FROM view_generation").get(0);
        return Eventually.until(within, Duration.ofMillis(500), () -> new HashSet<>(Sql.strings(stack.queryDatabase,
                "SELECT event_id FROM " + views + ".processed_event")), applied -> applied.containsAll(stored));
    }
}
