package org.finops.certification.bench;

import org.finops.certification.servers.AppProcess;
import org.finops.certification.testing.TestDatabase;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The mixed lifecycle at the service's peak: warm first ({@link Warmup}), then measured with the CPU each process
 * used per accepted command, read from {@code /proc} before the phase and after publication and the read models
 * caught up with it, and the transparency log's growth meanwhile.
 */
final class Peak {
    private Peak() {
    }

    static CommandLoad.Result measure(Report report, String run, AppProcess command, AppProcess query,
                                      TestDatabase commandDb, int clients, Duration duration) throws Exception {
        CommandLoad load = CommandLoad.start(command.port(), run + "-peak", clients, 0);
        Warmup.Curve warm = Warmup.untilStable("service", () -> load.window(Warmup.WINDOW).commandsPerSecond(),
                List.of(command.pid(), query.pid()));
        report.curve(warm);
        ProcessCpu cpu = Benchmark.processes(command, query, commandDb);
        Map<String, Double> before = cpu.sample();
        LogCost.Growth logGrowth = LogCost.growth(commandDb);
        CommandLoad.Result peak = load.finish(duration);
        logGrowth.report(report, duration);
        Benchmark.awaitCaughtUp(command, query, commandDb);
        Map<String, Double> used = ProcessCpu.between(before, cpu.sample());
        report.put("commands_per_s", peak.commandsPerSecond(), "mixed lifecycle over HTTP, " + clients
                + " clients, warm, " + peak.failed() + " refused");
        report.put("warmup_s", warm.seconds(),
                "10 s windows, at least 6, until the last 3 were within 5 % of their mean and the 3 before, and the"
                        + " JVMs' compilers used at most 5 % of a core");
        report.put("command_p50_ms", peak.latencies().millis(50), "");
        report.put("command_p99_ms", peak.latencies().millis(99), "target < 25");
        CpuSplit.report(report, used, peak.accepted());
        return peak;
    }
}
