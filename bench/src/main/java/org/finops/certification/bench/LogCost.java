package org.finops.certification.bench;

import org.finops.certification.servers.AppProcess;
import org.finops.certification.testing.Sql;
import org.finops.certification.testing.TestDatabase;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the transparency log costs a command: the same peak on two fresh command sides alike in all but the log's
 * writer, each alone on its own database and topics (no query side reads them), one after the other, so that the
 * difference is the log's. Also how fast the log grows while the mixed load runs.
 */
final class LogCost {
    private LogCost() {
    }

    /** The log's size now, to measure how fast it grows from here. */
    static Growth growth(TestDatabase database) {
        return new Growth(database, leaves(database));
    }

    record Growth(TestDatabase database, long from) {
        void report(Report report, Duration during) {
            report.put("transparency_leaves_per_s", (leaves(database) - from) / (double) during.toSeconds(),
                    "leaves the log appended while the mixed load ran");
        }
    }

    private static long leaves(TestDatabase database) {
        return Sql.count(database, "SELECT count(*) FROM transparency_leaf");
    }

    static void phase(Report report, String run, Path logs, int clients, Duration duration) throws Exception {
        CommandLoad.Result on = peak(report, run + "-log-on", started(new Settings("log-on", "on"), logs), clients,
                duration);
        CommandLoad.Result off = peak(report, run + "-log-off", started(new Settings("log-off", "off"), logs),
                clients, duration);
        report.put("commands_per_s_log_on", on.commandsPerSecond(), "a command side alone (no query side), warm");
        report.put("commands_per_s_log_off", off.commandsPerSecond(), "the same without the transparency log's"
                + " writer (cert.transparency.writer=off, a switch for this measurement only)");
        report.put("log_throughput_cost", 1 - on.commandsPerSecond() / off.commandsPerSecond(),
                "share of the peak the log takes");
    }

    /** A fresh command side's name and whether its log's writer runs. */
    record Settings(String name, String writer) {
        Map<String, String> environment() {
            return Map.of("SPRING_APPLICATION_JSON", "{\"cert.transparency.writer\":\"" + writer + "\","
                    + "\"cert.kafka.events-topic\":\"bench." + name + ".events\","
                    + "\"cert.kafka.notifications-topic\":\"bench." + name + ".notifications\","
                    + "\"cert.kafka.leaves-topic\":\"bench." + name + ".leaves\"}");
        }
    }

    private static AppProcess started(Settings settings, Path logs) throws Exception {
        return Benchmark.start("command-side", "command-side-" + settings.name(), TestDatabase.another(), logs,
                settings.environment());
    }

    private static CommandLoad.Result peak(Report report, String run, AppProcess app, int clients, Duration duration)
            throws Exception {
        try {
            CommandLoad load = CommandLoad.start(app.port(), run, clients, 0);
            report.curve(Warmup.untilStable(run, () -> load.window(Warmup.WINDOW).commandsPerSecond(),
                    List.of(app.pid())));
            return load.finish(duration);
        } finally {
            app.stop();
        }
    }
}
