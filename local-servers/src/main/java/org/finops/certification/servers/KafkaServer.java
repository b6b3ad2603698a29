package org.finops.certification.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A real single-node Kafka broker (KRaft: broker and controller in one process) run as its own process from Maven
 * Central's Kafka artifacts, so it can be stopped, killed and restarted on the same port and data like a server.
 */
public final class KafkaServer implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Function<String, List<String>> javaLaunch;
    private final Path directory;
    private final int port;
    private Process process;

    private KafkaServer(Function<String, List<String>> javaLaunch, Path directory, int port) {
        this.javaLaunch = javaLaunch;
        this.directory = directory;
        this.port = port;
    }

    /**
     * @param javaLaunch the command that runs a main class of this classpath in a new JVM: {@link #fromClasspath}
     *                   in tests, a launcher jar's own command in the local stack
     * @param directory  the broker's data and logs; formatted on first use, kept afterwards
     * @param port       the client port, or 0 for any free one
     */
    public static KafkaServer start(Function<String, List<String>> javaLaunch, Path directory, int port)
            throws IOException, InterruptedException {
        KafkaServer server = new KafkaServer(javaLaunch, directory, port == 0 ? Ports.freePair() : port);
        server.formatOnce();
        server.startProcess();
        return server;
    }

    /** Runs a main class with the classpath of the current JVM. */
    public static Function<String, List<String>> fromClasspath() {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("java.class.path");
        return mainClass -> List.of(java, "-Xmx512m", "-cp", classpath, mainClass);
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** SIGTERM, as an operator stopping the broker would. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** SIGKILL: the broker dies without a clean shutdown. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    public void restart() throws IOException, InterruptedException {
        stop();
        startProcess();
    }

    /** The broker's process id, for reading what it costs from {@code /proc}. */
    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void formatOnce() throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Path properties = writeProperties();
        if (Files.exists(directory.resolve("data").resolve("meta.properties"))) {
            return;
        }
        String clusterId = base64Uuid();
        List<String> format = new ArrayList<>(javaLaunch.apply("kafka.tools.StorageTool"));
        format.addAll(List.of("format", "-t", clusterId, "-c", properties.toString(), "--ignore-formatted"));
        Process formatting = new ProcessBuilder(withQuietLogging(format)).redirectErrorStream(true)
                .redirectOutput(directory.resolve("format.log").toFile()).start();
        if (!formatting.waitFor(60, TimeUnit.SECONDS) || formatting.exitValue() != 0) {
            throw new IllegalStateException("formatting the Kafka storage failed; see " + directory.resolve("format.log"));
        }
    }

    private void startProcess() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(javaLaunch.apply("kafka.Kafka"));
        command.add(directory.resolve("server.properties").toString());
        process = new ProcessBuilder(withQuietLogging(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("broker.log").toFile())).start();
        Instant deadline = Instant.now().plus(STARTUP);
        while (!Ports.accepts(port)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the Kafka broker did not start; see " + directory.resolve("broker.log"));
            }
            Thread.sleep(200);
        }
    }

    private Path writeProperties() throws IOException {
        int controllerPort = port + 1;
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + directory.resolve("data"),
                "num.partitions=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=4",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false",
                "");
        Path file = directory.resolve("server.properties");
        Files.writeString(file, properties);
        return file;
    }

    /** The broker logs through SLF4J to whatever backend the classpath has; keep it to warnings. */
    private List<String> withQuietLogging(List<String> command) throws IOException {
        Path logback = directory.resolve("logback-quiet.xml");
        if (!Files.exists(logback)) {
            Files.writeString(logback, "<configuration><appender name=\"out\" class=\"ch.qos.logback.core.ConsoleAppender\">"
                    + "<encoder><pattern>%d %-5level %logger{36} - %msg%n</pattern></encoder></appender>"
                    + "<root level=\"WARN\"><appender-ref ref=\"out\"/></root></configuration>");
        }
        List<String> quiet = new ArrayList<>(command);
        quiet.add(1, "-Dlogback.configurationFile=" + logback);
        quiet.add(1, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        return quiet;
    }

    /** One in 64 URL-safe ids starts with '-', which kafka-storage reads as an option (Kafka's own ids avoid it). */
    static String base64Uuid() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
            bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            String id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }
}
