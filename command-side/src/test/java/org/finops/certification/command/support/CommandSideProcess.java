package org.finops.certification.command.support;

import org.finops.certification.servers.Ports;
import org.finops.certification.testing.Tokens;
import org.finops.certification.testing.TestDatabase;
import org.finops.certification.servers.AppProcess;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The command side as its own process from the test classpath, so a test can SIGKILL it and start it again. */
public final class CommandSideProcess {
    private CommandSideProcess() {
    }

    public static AppProcess start(TestDatabase database, String kafkaBootstrap) throws Exception {
        int port = Ports.free();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                "org.finops.certification.command.CommandSideApplication",
                "--spring.kafka.producer.properties.delivery.timeout.ms=15000",
                "--cert.kafka.acknowledgement-timeout=20s");
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.putAll(Map.of("CERT_KAFKA_BOOTSTRAP", kafkaBootstrap, "CERT_JWT_SECRET", Tokens.SECRET,
                "CERT_KAFKA_PARTITIONS", "4"));
        AppProcess app = AppProcess.start("command-side", command, port, environment,
                Files.createTempFile("command-side-", ".log"));
        app.awaitHealthy();
        return app;
    }
}
