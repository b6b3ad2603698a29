package org.finops.certification.bench;

import org.finops.certification.servers.AppProcess;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.LifecycleClient;
import org.finops.certification.testing.TestDatabase;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What one command costs as its member's history grows (issue 23): members holding about {@code events} events each,
 * one client per member recording new individual certifications onto it, warm, with the CPU each process used per
 * accepted command read from {@code /proc}. Run against a command side with its member cache on, then off.
 */
final class History {
    /** The members' histories are written by this many clients at once. */
    private static final int PRELOADERS = 8;
    /** Histories this short are kept short by moving on to new members rather than written beforehand. */
    private static final int ROTATING_UP_TO = 100;

    /** @param cpuMsPerCommand per process; {@code total} is the service's (command, query side, broker, PostgreSQL) */
    record Cost(double commandsPerSecond, Map<String, Double> cpuMsPerCommand, double total, Warmup.Curve warmUp) {
    }

    /** A phase's processes and the wait until publication and the read models have caught up. */
    interface Stack {
        ProcessCpu cpu() throws Exception;

        void awaitCaughtUp() throws Exception;

        /** The service's JVMs, whose compilers the warm-up waits for. */
        List<Long> jvms();
    }

    private History() {
    }

    /**
     * CPU per command for members with 10 and with 1,000 events, one client per member recording onto it, first on
     * the running command side (members kept in memory), then on one started with {@code CERT_MEMBER_CACHE_SIZE=0}.
     */
    static void phase(Report report, String run, AppProcess command, AppProcess query, TestDatabase commandDb,
                      Path logs, int clients, Duration duration) throws Exception {
        AppProcess[] current = {command};
        Stack stack = new Stack() {
            @Override
            public ProcessCpu cpu() throws Exception {
                return Benchmark.processes(current[0], query, commandDb);
            }

            @Override
            public void awaitCaughtUp() throws Exception {
                Benchmark.awaitCaughtUp(current[0], query, commandDb);
            }

            @Override
            public List<Long> jvms() {
                return List.of(current[0].pid(), query.pid());
            }
        };
        try {
            for (String mode : new String[]{"cache_on", "cache_off"}) {
                if (mode.equals("cache_off")) {
                    current[0].stop();
                    current[0] = Benchmark.start("command-side", "command-side-uncached", commandDb, logs,
                            Map.of("CERT_MEMBER_CACHE_SIZE", "0"));
                }
                Map<Integer, Double> totals = new TreeMap<>();
                // the long histories first: their preload warms the JVM before anything is measured
                for (int events : new int[]{1000, 10}) {
                    Cost cost = measure(current[0].port(), stack, run + "-" + mode + "-" + events,
                            clients, events, duration);
                    report.curve(cost.warmUp());
                    String prefix = "history_" + mode + "_" + events + "_events_";
                    report.put(prefix + "commands_per_s", cost.commandsPerSecond(), clients + " clients, each"
                            + " recording onto its member (a new one every 10 commands for 10), warm");
                    report.put(prefix + "cpu_ms_per_command_total", cost.total(), "command side, query side,"
                            + " broker, PostgreSQL, from /proc");
                    report.put(prefix + "cpu_ms_per_command_command_side",
                            cost.cpuMsPerCommand().getOrDefault(CpuSplit.COMMAND_SIDE, 0.0), "");
                    report.put(prefix + "cpu_ms_per_command_postgres",
                            cost.cpuMsPerCommand().getOrDefault(CpuSplit.POSTGRES, 0.0), "");
                    totals.put(events, cost.total());
                }
                report.put("history_" + mode + "_cost_ratio_1000_to_10", totals.get(1000) / totals.get(10),
                        "CPU per command, 1,000 events per member over 10; target <= 1.2 with the cache");
            }
        } finally {
            if (current[0] != command) {
                current[0].stop();
            }
        }
    }

    static Cost measure(int port, Stack stack, String run, int members, int events, Duration duration)
            throws Exception {
        // short histories stay short: each client moves to a new member every `events` commands; long ones are
        // written beforehand and grow by one event per command while measured
        boolean rotating = events <= ROTATING_UP_TO;
        List<String> ids = rotating ? names(run, members) : preload(port, run, members, events);
        stack.awaitCaughtUp();
        CommandLoad load = CommandLoad.recording(port, ids, rotating ? events : 0);
        Warmup.Curve warm = Warmup.untilStable(events + " events per member, " + run,
                () -> load.window(Warmup.WINDOW).commandsPerSecond(), stack.jvms());
        ProcessCpu cpu = stack.cpu();
        Map<String, Double> before = cpu.sample();
        CommandLoad.Result result = load.finish(duration);
        stack.awaitCaughtUp();
        Map<String, Double> used = ProcessCpu.between(before, cpu.sample());
        Map<String, Double> perCommand = new LinkedHashMap<>();
        used.forEach((process, millis) -> perCommand.put(process, millis / result.accepted()));
        double total = 0;
        for (String process : new String[]{CpuSplit.COMMAND_SIDE, CpuSplit.POSTGRES, CpuSplit.QUERY_SIDE,
                CpuSplit.BROKER}) {
            total += perCommand.getOrDefault(process, 0.0);
        }
        return new Cost(result.commandsPerSecond(), perCommand, total, warm);
    }

    /** Registers the members and records {@code events - 1} credentials onto each, through the API. */
    private static List<String> names(String run, int members) {
        List<String> ids = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            ids.add(run + "-m" + m);
        }
        return ids;
    }

    private static List<String> preload(int port, String run, int members, int events) throws Exception {
        List<String> ids = names(run, members);
        try (ExecutorService writers = Executors.newFixedThreadPool(PRELOADERS)) {
            List<Future<?>> written = new ArrayList<>();
            for (String member : ids) {
                written.add(writers.submit(() -> {
                    try (Api api = new Api(port)) {
                        LifecycleClient lifecycle = new LifecycleClient(api::post,
                                LifecycleClient.SHIPPED_CAPABILITIES);
                        expect(lifecycle.register(member, member + " Ltd", "5000_PLUS"), member);
                        for (int e = 1; e < events; e++) {
                            expect(lifecycle.recordCredential(member, member + "-h" + e, "p" + e, "ENGINEER"), member);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> member : written) {
                member.get();
            }
        }
        return ids;
    }

    private static void expect(Api.Reply reply, String member) {
        if (reply.status() >= 300) {
            throw new IllegalStateException("preloading " + member + ": " + reply);
        }
    }
}
