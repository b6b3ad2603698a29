package org.finops.certification.bench;

import org.finops.certification.servers.AppProcess;
import org.finops.certification.servers.Ports;
import org.finops.certification.testing.Sql;
import org.finops.certification.testing.TestDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.List;
import java.util.Map;

/**
 * The same command side on Axon 4.13's stock Spring Boot storage: the app's own storage configuration is switched
 * off (profile {@code stock-axon}) and Spring Data JPA with Hibernate is added to its class path, so Axon's
 * auto-configuration sets up what a default project gets: the JPA storage engine and token store, Axon's Jackson
 * serializer (its XStream default cannot handle records), tables
 * made by Hibernate ({@code ddl-auto=update}, in schema {@code axon_stock}, large objects as Hibernate maps them).
 * Same HTTP API, rules, transactions per request and Kafka publisher; the event storage differs, and the members
 * are not kept in memory between commands (Axon's default: no aggregate cache).
 */
final class StockAxon {
    private static final Logger log = LoggerFactory.getLogger(StockAxon.class);
    static final String SCHEMA = "axon_stock";
    private static final Path JPA_LIBRARIES = Path.of("bench", "target", "stock-axon-lib");
    private static final Duration BACKGROUND = Duration.ofSeconds(10);
    private static final Path JAR = Path.of("command-side", "target", "command-side.jar");

    private StockAxon() {
    }

    static AppProcess start(TestDatabase database, Map<String, String> environment, Path logs) throws Exception {
        if (!Files.isDirectory(JPA_LIBRARIES)) {
            throw new IllegalStateException(JPA_LIBRARIES + " is missing: build with ./mvnw -DskipTests install");
        }
        Map<String, String> stock = new HashMap<>(environment);
        stock.putAll(database.environment());
        stock.put("SPRING_PROFILES_ACTIVE", "stock-axon");
        // a default project keeps no aggregate in memory: each command loads its member, as Axon does by default
        stock.put("CERT_MEMBER_CACHE_SIZE", "0");
        stock.put("SPRING_APPLICATION_JSON", "{\"spring.jpa.hibernate.ddl-auto\":\"update\","
                + "\"spring.jpa.properties.hibernate.default_schema\":\"" + SCHEMA + "\","
                + "\"spring.jpa.properties.hibernate.hbm2ddl.create_namespaces\":true,"
                // Axon's default XStream cannot rebuild Java records on Java 17+ (no reflective access to their
                // final fields); Axon's documented switch to its Jackson serializer is what a stock project does
                + "\"axon.serializer.general\":\"jackson\",\"axon.serializer.events\":\"jackson\","
                + "\"axon.serializer.messages\":\"jackson\","
                // its own topic: the running query side does not consume the stock run's events
                + "\"cert.kafka.events-topic\":\"bench.stock-axon.events\"}");
        String java = ProcessHandle.current().info().command().orElse("java");
        AppProcess app = AppProcess.start("command-side-stock-axon", List.of(java,
                        "-Dloader.path=" + librariesTheJarLacks(logs.resolve("stock-axon-lib")),
                        "-cp", JAR.toAbsolutePath().toString(),
                        "org.springframework.boot.loader.launch.PropertiesLauncher"), Ports.free(), stock,
                logs.resolve("command-side-stock-axon.log"));
        app.awaitHealthy();
        return app;
    }

    /**
     * The peak phase against the stock set-up, alone on its own database (on the same server), warm as the service's,
     * with the CPU each process used per accepted command: its command side, PostgreSQL (the whole server, the
     * service's idle processes' polling included) and the broker; no query side reads its topic. Stopped afterwards.
     */
    static CommandLoad.Result peak(Report report, String run, Map<String, String> environment, Path logs,
                                   int clients, Duration duration) throws Exception {
        TestDatabase database = TestDatabase.another();
        backgroundOfTheServer(database);
        AppProcess stock = start(database, environment, logs);
        try {
            CommandLoad load = CommandLoad.start(stock.port(), run + "-stock", clients, 0);
            report.curve(Warmup.untilStable("stock Axon", () -> load.window(Warmup.WINDOW).commandsPerSecond(),
                    List.of(stock.pid())));
            ProcessCpu cpu = Benchmark.processes(stock, database);
            Map<String, Double> before = cpu.sample();
            CommandLoad.Result result = load.finish(duration);
            Map<String, Double> used = ProcessCpu.between(before, cpu.sample());
            long stored = storedEvents(database);
            if (stored == 0) {
                throw new IllegalStateException("the stock set-up stored nothing in " + SCHEMA + "; see "
                        + stock.log());
            }
            log.info("stock Axon: {} events in {}.domain_event_entry", stored, SCHEMA);
            CpuSplit.report(report, "stock_axon_", used, result.accepted(), "the same, on the stock set-up");
            return result;
        } finally {
            stock.stop();
        }
    }

    /**
     * Logs what PostgreSQL spends with the service's own processes idle (their trackers polling, the log's store
     * check): the stock run's PostgreSQL figure includes it.
     */
    private static void backgroundOfTheServer(TestDatabase database) throws Exception {
        ProcessCpu server = new ProcessCpu().tree(CpuSplit.POSTGRES, Benchmark.postmaster(database));
        Map<String, Double> before = server.sample();
        Thread.sleep(BACKGROUND.toMillis());
        double used = ProcessCpu.between(before, server.sample()).get(CpuSplit.POSTGRES);
        log.info("PostgreSQL with the service idle: {} ms of CPU per second", used / BACKGROUND.toSeconds());
    }

    /** The JPA jars minus those the app's jar carries already, so no class is on the class path twice. */
    private static Path librariesTheJarLacks(Path directory) throws Exception {
        Set<String> carried = new HashSet<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            jar.stream().map(JarEntry::getName).filter(name -> name.startsWith("BOOT-INF/lib/"))
                    .forEach(name -> carried.add(name.substring("BOOT-INF/lib/".length())));
        }
        Files.createDirectories(directory);
        try (Stream<Path> libraries = Files.list(JPA_LIBRARIES)) {
            for (Path library : libraries.toList()) {
                if (!carried.contains(library.getFileName().toString())) {
                    Files.copy(library, directory.resolve(library.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return directory.toAbsolutePath();
    }

    /** Proof that the stock run stored its events through JPA, not somewhere else. */
    static long storedEvents(TestDatabase database) throws Exception {
        return Sql.count(database, "SELECT count(*) FROM " + SCHEMA + ".domain_event_entry");
    }
}
