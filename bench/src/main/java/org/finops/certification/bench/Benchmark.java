package org.finops.certification.bench;

import org.finops.certification.servers.Ports;
import org.finops.certification.servers.AppProcess;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Sql;
import org.finops.certification.testing.TestDatabase;
import org.finops.certification.testing.TestKafka;
import org.finops.certification.testing.Tokens;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One command measures the service against the real stack on this machine and prints one table: sustained
 * command throughput with p50/p99 and its ratio to PostgreSQL's single-row-insert limit on the same server,
 * command-to-read-model latency at half the peak rate, read-model rebuild speed, and command latency with a
 * small and a large store, the same peak on Axon's stock storage set-up (see {@link StockAxon}), and the peak
 * over two instances of each app with nothing lost or applied twice ({@link ScaleOut}). Scaled down by default (a
 * quarter of an hour on 2 cores); see docs/operations.md for full size.
 */
public final class Benchmark {
    private static final Logger log = LoggerFactory.getLogger(Benchmark.class);
    private static final Duration DURATION = Duration.parse(System.getProperty("cert.bench.duration", "PT20S"));
    private static final int CLIENTS = Integer.getInteger("cert.bench.clients", 16);
    private static final int SMALL_STORE = Integer.getInteger("cert.bench.small", 10_000);
    private static final int LARGE_STORE = Integer.getInteger("cert.bench.large", 50_000);

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        String run = "b" + UUID.randomUUID().toString().substring(0, 6);
        Report report = new Report();
        TestDatabase commandDb = TestDatabase.another();
        TestDatabase queryDb = TestDatabase.another();
        Path logs = Files.createTempDirectory("cert-bench-logs");
        AppProcess command = start("command-side", commandDb, logs);
        AppProcess query = start("query-side", queryDb, logs);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            command.stop();
            query.stop();
        }));
        try {
            if ("rebuild".equals(System.getProperty("cert.bench.phases"))) {
                // only rebuilds over the large store, printed and not written: to profile them in minutes, and
                // (-Dcert.bench.rebuilds=N) to see how far one run's figure is from the next
                Preload.certifications(commandDb, run + "-" + LARGE_STORE, LARGE_STORE);
                awaitCaughtUp(command, query, commandDb);
                for (int i = 0; i < Integer.getInteger("cert.bench.rebuilds", 1); i++) {
                    rebuildPhase(report, command, query, commandDb);
                }
                // and the reads the rebuilt generation answers from the moment it is switched to
                Reads.phase(report, query.port(), Preload.member(run + "-" + LARGE_STORE, LARGE_STORE / 2),
                        LARGE_STORE);
                return;
            }
            if ("reads".equals(System.getProperty("cert.bench.phases"))) {
                // only the reads over the large store, printed and not written
                Preload.certifications(commandDb, run + "-" + LARGE_STORE, LARGE_STORE);
                awaitCaughtUp(command, query, commandDb);
                Reads.phase(report, query.port(), Preload.member(run + "-" + LARGE_STORE, LARGE_STORE / 2),
                        LARGE_STORE);
                return;
            }
            if ("history".equals(System.getProperty("cert.bench.phases"))) {
                // only the cost by member history, with the member cache on and off: bench/results/history
                History.phase(report, run, command, query, commandDb, logs, CLIENTS, DURATION);
                report.write(Path.of("bench", "results", "history"), machine());
                return;
            }
            if ("peak".equals(System.getProperty("cert.bench.phases"))) {
                // only the peak and the end-to-end latency at half of it, printed and not written
                CommandLoad.Result peak = Peak.measure(report, run, command, query, commandDb, CLIENTS, DURATION);
                Visibility.phase(report, command.port(), query.port(), run, peak.commandsPerSecond() / 2, DURATION);
                return;
            }
            if ("stock".equals(System.getProperty("cert.bench.phases"))) {
                // only the peak and the same commands on the stock set-up, printed and not written: the ratio
                stockAxonPhase(report, run, logs, Peak.measure(report, run, command, query, commandDb, CLIENTS,
                        DURATION));
                return;
            }
            if ("scale-out".equals(System.getProperty("cert.bench.phases"))) {
                // only the scale-out phase, printed and not written: to check it without the hour of the others
                scaleOut(report, run, command, query, commandDb, queryDb, logs);
                return;
            }
            log.info("benchmark {}: {} clients, {} per phase; logs in {}", run, CLIENTS, DURATION, logs);
            TestDatabase insertDb = TestDatabase.another();
            report.curve(Warmup.untilStable("insert limit",
                    () -> PostgresInsertLimit.transactionsPerSecond(insertDb, CLIENTS, Warmup.WINDOW)));
            double insertLimit = PostgresInsertLimit.transactionsPerSecond(insertDb, CLIENTS, DURATION);
            report.put("pg_single_insert_tx_per_s", insertLimit, "JDBC, " + CLIENTS + " connections, 1 row per tx,"
                    + " warm, durable");
            CommandLoad.Result peak = Peak.measure(report, run, command, query, commandDb, CLIENTS, DURATION);
            report.put("ratio_vs_pg_insert_limit", peak.commandsPerSecond() / insertLimit, "target >= 0.30");
            report.put("statements_per_command", Statements.perCommand(command.port()), "SQL statements per command"
                    + " of the mixed lifecycle, commits aside (certification.command.statements)");
            stockAxonPhase(report, run, logs, peak);
            LogCost.phase(report, run, logs, CLIENTS, DURATION);
            awaitCaughtUp(command, query, commandDb);
            Visibility.phase(report, command.port(), query.port(), run, peak.commandsPerSecond() / 2, DURATION);
            ImportSpeed.phase(report, command.port(), run);

            int preloaded = 0;
            for (int size : new int[]{SMALL_STORE, LARGE_STORE}) {
                preloaded = size - certificationsIn(commandDb);
                Preload.certifications(commandDb, run + "-" + size, preloaded);
                awaitCaughtUp(command, query, commandDb);
                CommandLoad.Result latency = CommandLoad.run(command.port(), run + "-s" + size, 4, DURATION, 100);
                report.put("command_p50_ms_with_" + size + "_certifications", latency.latencies().millis(50),
                        "100 commands/s");
                report.put("command_p99_ms_with_" + size + "_certifications", latency.latencies().millis(99), "");
            }
            Reads.phase(report, query.port(), Preload.member(run + "-" + LARGE_STORE, preloaded / 2), LARGE_STORE);
            rebuildPhase(report, command, query, commandDb);
            report.write(Path.of("bench", "results"), machine());
            scaleOut(report, run, command, query, commandDb, queryDb, logs);
            report.write(Path.of("bench", "results"), machine());
            log.info("results written to bench/results (summary.csv, summary.md, summary.png)");
        } finally {
            command.stop();
            query.stop();
        }
    }

    /** The same commands on the stock set-up, and the service's peak rate against its. */
    private static void stockAxonPhase(Report report, String run, Path logs, CommandLoad.Result peak)
            throws Exception {
        CommandLoad.Result stock = StockAxon.peak(report, run, appEnvironment(), logs, CLIENTS, DURATION);
        report.put("stock_axon_commands_per_s", stock.commandsPerSecond(), "same app and commands on Axon's stock"
                + " JPA storage, warm, " + stock.failed() + " refused");
        report.put("stock_axon_command_p99_ms", stock.latencies().millis(99), "");
        report.put("ratio_vs_stock_axon", peak.commandsPerSecond() / stock.commandsPerSecond(), "target >= 3");
    }

    /** The processes whose CPU a command costs; the broker only when this run started it. */
    static ProcessCpu processes(AppProcess command, AppProcess query, TestDatabase database)
            throws Exception {
        return processes(command, database).process(CpuSplit.QUERY_SIDE, query.pid());
    }

    /** The same without a query side: the stock set-up's, whose topic no read model consumes. */
    static ProcessCpu processes(AppProcess command, TestDatabase database) throws Exception {
        ProcessCpu cpu = new ProcessCpu().process(CpuSplit.COMMAND_SIDE, command.pid())
                .tree(CpuSplit.POSTGRES, postmaster(database))
                .process(CpuSplit.DRIVER, ProcessHandle.current().pid());
        String namedBroker = System.getenv("CERT_TEST_KAFKA_BOOTSTRAP");
        return namedBroker == null || namedBroker.isBlank()
                ? cpu.process(CpuSplit.BROKER, TestKafka.server().pid()) : cpu;
    }

    /** The server process of the database: the parent of a backend serving this connection. */
    static long postmaster(TestDatabase database) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet backend = statement.executeQuery("SELECT pg_backend_pid()")) {
            backend.next();
            return ProcessCpu.parentOf(backend.getLong(1)); // while the connection is open: its backend ends with it
        }
    }

    private static Map<String, String> appEnvironment() {
        return Map.of("CERT_KAFKA_BOOTSTRAP", TestKafka.bootstrapServers(), "CERT_JWT_SECRET", Tokens.SECRET,
                "CERT_SCHEDULER_POLL", "PT1H", "CERT_LOG_FORMAT", "");
    }

    private static AppProcess start(String app, TestDatabase database, Path logs) throws Exception {
        return start(app, app, database, logs);
    }

    /** @param name the instance's name, which its log file takes */
    private static AppProcess start(String app, String name, TestDatabase database, Path logs) throws Exception {
        return start(app, name, database, logs, Map.of());
    }

    static AppProcess start(String app, String name, TestDatabase database, Path logs,
                            Map<String, String> settings) throws Exception {
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.putAll(appEnvironment());
        environment.putAll(settings);
        AppProcess process = AppProcess.startJar(name, Path.of(app, "target", app + ".jar"), Ports.free(),
                environment, logs);
        process.awaitHealthy();
        return process;
    }

    /**
     * The peak load over two command sides and two query sides: a second instance of each app is started beside
     * the first and stopped afterwards.
     */
    private static void scaleOut(Report report, String run, AppProcess command, AppProcess query,
                                 TestDatabase commandDb, TestDatabase queryDb, Path logs) throws Exception {
        List<AppProcess> commandSides = List.of(command, start("command-side", "command-side-2", commandDb, logs));
        List<AppProcess> querySides = List.of(query, start("query-side", "query-side-2", queryDb, logs));
        try {
            ScaleOut.Result result = ScaleOut.measure(commandSides, querySides, commandDb, queryDb, run + "-scale",
                    CLIENTS, DURATION);
            report.put("scale_out_commands_per_s", result.commandsPerSecond(), "2 command sides and 2 query sides,"
                    + " the same " + CLIENTS + " clients spread over both, warm");
            report.put("scale_out_command_p99_ms", result.latencies().millis(99), "");
            report.put("scale_out_discrepancies", result.exact() ? 0 : 1, String.format("accepted %d, their events"
                            + " %d; of %d stored: %d missing from the topic, %d from the views; %d audit entries;"
                            + " target 0", result.accepted(), result.primaryEvents(), result.stored(),
                    result.missingFromTopic(), result.missingFromViews(), result.auditEntries()));
        } catch (Exception e) {
            // the summary of the phases before it is written already and stays; the failure is in the log
            log.error("the scale-out phase failed; the summary holds the phases before it", e);
        } finally {
            commandSides.get(1).stop();
            querySides.get(1).stop();
        }
    }

    /** Publication and read models have applied everything stored, so one phase does not load the next. */
    static void awaitCaughtUp(AppProcess command, AppProcess query, TestDatabase commandDb) throws Exception {
        Api commandApi = new Api(command.port());
        Api queryApi = new Api(query.port());
        long head = maxPosition(commandDb);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        while (Instant.now().isBefore(deadline)) {
            long lag = commandApi.send("GET", "/actuator/health", Tokens.staff(), null, Map.of()).json()
                    .path("components")
                    .path("publication").path("details").path("lagEvents").asLong();
            long position = queryApi.send("GET", "/actuator/health", Tokens.staff(), null, Map.of()).json()
                    .path("components")
                    .path("readModels").path("details").path("position").asLong();
            if (lag == 0 && position >= head) {
                return;
            }
            Thread.sleep(500);
        }
    }

    /** A rebuild of every read model, with what it cost the query side and PostgreSQL per event replayed. */
    private static void rebuildPhase(Report report, AppProcess command, AppProcess query, TestDatabase commandDb)
            throws Exception {
        ProcessCpu cpu = processes(command, query, commandDb);
        Map<String, Double> before = cpu.sample();
        Api.Reply rebuild = rebuild(new Api(query.port()));
        Map<String, Double> used = ProcessCpu.between(before, cpu.sample());
        long replayed = rebuild.json().path("replayed").asLong();
        report.put("rebuild_events_per_s", rebuild.json().path("recordsPerSecond").asDouble(),
                replayed + " events replayed; target >= 50000");
        for (String process : new String[]{CpuSplit.QUERY_SIDE, CpuSplit.POSTGRES, CpuSplit.BROKER}) {
            if (used.containsKey(process) && replayed > 0) {
                report.put("rebuild_cpu_us_per_event_" + process, used.get(process) * 1000 / replayed,
                        "CPU of the " + process.replace('_', ' ') + " during the rebuild, per event replayed");
            }
        }
    }

    private static Api.Reply rebuild(Api query) throws InterruptedException {
        query.send("POST", "/api/v1/admin/rebuild", Tokens.staff(), null, Map.of());
        Api.Reply progress = query.send("GET", "/api/v1/admin/rebuild", Tokens.staff(), null, Map.of());
        while (!progress.text("state").equals("DONE") && !progress.text("state").equals("FAILED")) {
            Thread.sleep(500);
            progress = query.send("GET", "/api/v1/admin/rebuild", Tokens.staff(), null, Map.of());
        }
        return progress;
    }

    private static long maxPosition(TestDatabase database) throws Exception {
        return Sql.count(database, "SELECT coalesce(max(global_index), 0) FROM domain_event_entry");
    }

    private static int certificationsIn(TestDatabase database) throws Exception {
        return (int) Sql.count(database, "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE"
                + " '%CertificationGranted'");
    }

    private static String machine() {
        return LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                + System.getProperty("java.version") + ", PostgreSQL embedded (zonky), Kafka KRaft broker process";
    }
}
