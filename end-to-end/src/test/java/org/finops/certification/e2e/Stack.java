package org.finops.certification.e2e;

import org.finops.certification.servers.Ports;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.finops.certification.servers.AppProcess;
import org.finops.certification.servers.KeyFiles;
import org.finops.certification.testing.TestDatabase;
import org.finops.certification.testing.TestKafka;
import org.finops.certification.testing.Tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole service as in production, on one machine: both apps from their jars as processes (two query-side
 * instances), a real PostgreSQL, a real Kafka broker and a real SMTP server (GreenMail) in this JVM.
 */
final class Stack implements AutoCloseable {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String TRANSPARENCY_KEY_TOOL =
            "org.finops.certification.command.transparency.TransparencyKeyFile";

    final GreenMail smtp;
    final AppProcess commandSide;
    final List<AppProcess> querySides = new ArrayList<>();
    final TestDatabase commandDatabase;
    final TestDatabase queryDatabase;
    private final Map<String, String> commandSideEnvironment;
    private final Path logs;
    private final List<AppProcess> moreCommandSides = new ArrayList<>();
    private final List<AppProcess> consoles = new ArrayList<>();

    private Stack(GreenMail smtp, AppProcess commandSide, TestDatabase commandDatabase, TestDatabase queryDatabase,
                  Map<String, String> commandSideEnvironment, Path logs) {
        this.smtp = smtp;
        this.commandSide = commandSide;
        this.commandDatabase = commandDatabase;
        this.queryDatabase = queryDatabase;
        this.commandSideEnvironment = commandSideEnvironment;
        this.logs = logs;
    }

    static Stack start(String schedulerPoll, int querySideInstances) throws Exception {
        return start(schedulerPoll, querySideInstances, TestKafka.bootstrapServers(), Duration.ofSeconds(10));
    }

    /** @param reminderClaimTimeout after which another instance takes over a reminder its claimant did not finish */
    static Stack start(String schedulerPoll, int querySideInstances, String kafkaBootstrap,
                       Duration reminderClaimTimeout) throws Exception {
        return start(schedulerPoll, querySideInstances, kafkaBootstrap, reminderClaimTimeout, Map.of());
    }

    /** @param commandSideSettings more environment for the command side, such as SPRING_APPLICATION_JSON */
    static Stack start(String schedulerPoll, int querySideInstances, String kafkaBootstrap,
                       Duration reminderClaimTimeout, Map<String, String> commandSideSettings) throws Exception {
        return start(schedulerPoll, querySideInstances, kafkaBootstrap, reminderClaimTimeout, commandSideSettings,
                Map.of("CERT_JWT_SECRET", Tokens.SECRET));
    }

    /** One app of each side, checking tokens as {@code tokens} say ({@code CERT_JWT_*}), not with the tests' secret. */
    static Stack trusting(Map<String, String> tokens) throws Exception {
        return start("PT1M", 1, TestKafka.bootstrapServers(), Duration.ofSeconds(10), Map.of(), tokens);
    }

    private static Stack start(String schedulerPoll, int querySideInstances, String kafkaBootstrap,
                               Duration reminderClaimTimeout, Map<String, String> commandSideSettings,
                               Map<String, String> tokens) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Path logs = Files.createTempDirectory("cert-e2e-logs");
        Map<String, String> common = new HashMap<>(Map.of("CERT_KAFKA_BOOTSTRAP", kafkaBootstrap,
                "CERT_SCHEDULER_POLL", schedulerPoll,
                "CERT_SMTP_HOST", "127.0.0.1", "CERT_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                "CERT_KAFKA_PARTITIONS", "4", "CERT_REMINDERS_CLAIMTIMEOUT", reminderClaimTimeout.toString(),
                "CERT_WEBHOOKS_ALLOW_PRIVATE", "true"));
        common.putAll(tokens);
        if (kafkaBootstrap.equals(TestKafka.bootstrapServers())) {
            // stacks running at once share this broker: each gets a topic and a consumer group of its own, or their
            // query sides split each other's partitions (a member's events applied by another stack's read models)
            // and their stores' positions, each counting from 1, answer each other's minPosition
            String own = UUID.randomUUID().toString().substring(0, 8);
            // (Boot's names of cert.kafka.events-topic and cert.kafka.group-id in the environment)
            common.put("CERT_KAFKA_EVENTSTOPIC", "certification.events.v1.stack-" + own);
            common.put("CERT_KAFKA_LEAVESTOPIC", "certification.transparency.v1.stack-" + own);
            common.put("CERT_KAFKA_GROUPID", "certification-query-side-stack-" + own);
        }
        TestDatabase commandDatabase = TestDatabase.another();
        TestDatabase queryDatabase = TestDatabase.another();
        Map<String, String> commandEnvironment = withDatabase(common, commandDatabase);
        // the log's key outlives a restart of the command side, as in production: checkpoints keep verifying
        commandEnvironment.put("CERT_TRANSPARENCY_KEY_FILE", KeyFiles.madeOnce(logs.resolve("transparency-key.txt"),
                jar("command-side"), TRANSPARENCY_KEY_TOOL, List.of("localhost/certification-log",
                        logs.resolve("transparency-key.txt").toString())).toString());
        commandEnvironment.putAll(commandSideSettings);
        AppProcess command = AppProcess.startJar("command-side", jar("command-side"), Ports.free(), commandEnvironment,
                logs);
        Stack stack = new Stack(smtp, command, commandDatabase, queryDatabase, commandEnvironment, logs);
        for (int i = 0; i < querySideInstances; i++) {
            stack.querySides.add(AppProcess.startJar("query-side-" + i, jar("query-side"), Ports.free(),
                    withDatabase(common, queryDatabase), logs));
        }
        command.awaitHealthy();
        for (AppProcess querySide : stack.querySides) {
            querySide.awaitHealthy();
        }
        return stack;
    }

    /** The console, a client of this stack's two APIs, with the development sign-in; healthy when this returns. */
    AppProcess console() throws Exception {
        return console(Ports.free(), Map.of("CERT_DEV_LOGIN", "true", "CERT_JWT_SECRET", Tokens.SECRET));
    }

    /** The console on {@code port}, signing people in as {@code signIn} says ({@code CERT_OIDC_*}, ...). */
    AppProcess console(int port, Map<String, String> signIn) throws Exception {
        Map<String, String> environment = new HashMap<>(Map.of("CERT_COMMAND_URL", "http://localhost:"
                + commandSide.port(), "CERT_QUERY_URL", "http://localhost:" + querySides.get(0).port(),
                "CERT_LOG_FORMAT", ""));
        environment.putAll(signIn);
        AppProcess console = AppProcess.startJar("console", jar("console"), port, environment, logs);
        consoles.add(console);
        console.awaitHealthy();
        return console;
    }

    /** Another command-side instance on the same database and broker, healthy when this returns. */
    AppProcess anotherCommandSide() throws Exception {
        AppProcess another = AppProcess.startJar("command-side-" + (moreCommandSides.size() + 2), jar("command-side"),
                Ports.free(), commandSideEnvironment, logs);
        moreCommandSides.add(another);
        another.awaitHealthy();
        return another;
    }

    @Override
    public void close() {
        consoles.forEach(AppProcess::stop);
        querySides.forEach(AppProcess::stop);
        moreCommandSides.forEach(AppProcess::stop);
        commandSide.stop();
        smtp.stop();
    }

    private static Map<String, String> withDatabase(Map<String, String> common, TestDatabase database) {
        Map<String, String> environment = new HashMap<>(common);
        environment.putAll(database.environment());
        return environment;
    }

    static Path jar(String module) {
        Path jar = ROOT.resolve(module).resolve("target").resolve(module + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests with ./mvnw verify, which packages it");
        }
        return jar;
    }

}
