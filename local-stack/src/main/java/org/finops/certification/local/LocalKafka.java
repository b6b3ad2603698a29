package org.finops.certification.local;

import org.finops.certification.servers.KafkaServer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** The local stack's Kafka: the broker {@code CERT_KAFKA_BOOTSTRAP} names, else a KRaft broker of its own. */
final class LocalKafka {
    private final KafkaServer server;
    private final String bootstrapServers;

    private LocalKafka(KafkaServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /** Unless CERT_KAFKA_BOOTSTRAP names a broker, the stack runs its own. */
    static boolean embedded() {
        String named = System.getenv("CERT_KAFKA_BOOTSTRAP");
        return named == null || named.isBlank();
    }

    /** The client port; the broker's controller listens on the next one. */
    static int embeddedPort() {
        return LocalStack.port("CERT_LOCAL_KAFKA_PORT", 9092);
    }

    static LocalKafka start(Path directory) throws IOException, InterruptedException {
        if (!embedded()) {
            return new LocalKafka(null, System.getenv("CERT_KAFKA_BOOTSTRAP"));
        }
        KafkaServer server = KafkaServer.start(launcher(), directory, embeddedPort());
        return new LocalKafka(server, server.bootstrapServers());
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    void stop() {
        if (server != null) {
            try {
                server.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * From the packaged launcher, the broker runs from the same jar through Spring Boot's PropertiesLauncher; from
     * an IDE or a plain classpath, from that classpath.
     */
    private static Function<String, List<String>> launcher() {
        String classpath = System.getProperty("java.class.path");
        if (!classpath.endsWith(".jar") || classpath.contains(java.io.File.pathSeparator)) {
            return KafkaServer.fromClasspath();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        return mainClass -> List.of(java, "-Xmx512m", "-Dloader.main=" + mainClass, "-jar", classpath);
    }
}
