package org.finops.certification.bench;

import org.finops.certification.servers.AppProcess;
import org.finops.certification.testing.Sql;
import org.finops.certification.testing.TestDatabase;
import org.finops.certification.testing.TopicReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Two command sides and two query sides on the same databases and broker, under the benchmark's load with the
 * clients spread over both command sides: the throughput, and the proof the fault suite gives that nothing accepted
 * was lost or applied twice, for the events of this phase's members: one primary event stored per accepted command,
 * every stored event on the topic and applied to the read models (the processed-event ids), one audit entry each.
 */
final class ScaleOut {
    private static final Logger log = LoggerFactory.getLogger(ScaleOut.class);
    /** The event each step of a member's lifecycle records first: one per accepted command. */
    private static final List<String> PRIMARY = List.of("MemberRegistered", "IndividualCertificationRecorded",
            "ApplicationSubmitted", "ApplicationApproved");

    record Result(double commandsPerSecond, Latencies latencies, long accepted, long primaryEvents, long stored,
                  long missingFromTopic, long missingFromViews, long auditEntries) {
        /** Nothing accepted lost, nothing applied twice. */
        boolean exact() {
            return primaryEvents == accepted && missingFromTopic == 0 && missingFromViews == 0
                    && auditEntries == stored;
        }
    }

    private ScaleOut() {
    }

    /**
     * @param commandSides both command sides, already healthy
     * @param querySides   both query sides, already healthy, in one consumer group
     */
    static Result measure(List<AppProcess> commandSides, List<AppProcess> querySides, TestDatabase commandDb,
                          TestDatabase queryDb, String run, int clients, Duration duration) throws Exception {
        CommandLoad load = CommandLoad.start(commandSides.stream().map(AppProcess::port).toList(), run, clients, 0);
        Warmup.untilStable("two and two instances", () -> load.window(Warmup.WINDOW).commandsPerSecond(),
                Stream.concat(commandSides.stream(), querySides.stream()).map(AppProcess::pid).toList());
        CommandLoad.Result measured = load.finish(duration);
        log.info("scale-out: {} commands/s over {} command sides; checking the store, the topic and the views",
                String.format("%.1f", measured.commandsPerSecond()), commandSides.size());

        // the events of this phase's members only: a full-size store holds millions, which no set here should
        Set<String> stored = new HashSet<>(Sql.strings(commandDb, "SELECT event_identifier FROM domain_event_entry"
                + " WHERE aggregate_identifier LIKE ?", run + "-%"));
        long total = Sql.count(commandDb, "SELECT count(*) FROM domain_event_entry");
        String views = awaitApplied(queryDb, total);
        Set<String> applied = new HashSet<>(Sql.strings(queryDb, "SELECT event_id FROM " + views + ".processed_event"
                + " WHERE event_id = ANY (string_to_array(?, ','))", String.join(",", stored)));
        Set<String> published = TopicReader.idsAmong(TopicReader.EVENTS, stored, Duration.ofMinutes(10));
        Map<String, Long> byType = Sql.counts(commandDb, "SELECT substring(payload_type from '[^.]+$'), count(*)"
                + " FROM domain_event_entry WHERE aggregate_identifier LIKE ? GROUP BY 1", run + "-%");
        long primary = PRIMARY.stream().mapToLong(type -> byType.getOrDefault(type, 0L)).sum();
        long audit = Sql.count(queryDb, "SELECT count(*) FROM " + views + ".audit_entry WHERE member_id LIKE ?",
                run + "-%");
        // the warm-up's commands stored their events too: compared with all the load had accepted
        return new Result(measured.commandsPerSecond(), measured.latencies(), load.acceptedSinceStart(), primary,
                stored.size(), missing(stored, published), missing(stored, applied), audit);
    }

    /** The active generation, once it has applied as many events as the store holds (or 30 minutes passed). */
    private static String awaitApplied(TestDatabase queryDb, long stored) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        while (true) {
            String views = Sql.strings(queryDb, "SELECT active_schema FROM view_generation").get(0);
            long applied = Sql.count(queryDb, "SELECT count(*) FROM " + views + ".processed_event");
            if (applied >= stored || Instant.now().isAfter(deadline)) {
                return views;
            }
            Thread.sleep(500);
        }
    }

    private static long missing(Set<String> expected, Set<String> actual) {
        return expected.stream().filter(id -> !actual.contains(id)).count();
    }
}
