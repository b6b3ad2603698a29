package org.finops.certification.testing;

import org.finops.certification.servers.KafkaServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * A real Kafka broker for the tests: the one {@code CERT_TEST_KAFKA_BOOTSTRAP} names, else a KRaft broker started
 * as its own process from Maven Central's artifacts (restartable, for the fault tests). One per test JVM.
 */
public final class TestKafka {
    private static final Logger log = LoggerFactory.getLogger(TestKafka.class);
    private static KafkaServer server;
    private static String named;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        named = System.getenv("CERT_TEST_KAFKA_BOOTSTRAP");
        if (named != null && !named.isBlank()) {
            return named;
        }
        return server().bootstrapServers();
    }

    /** The broker process, for tests that stop and restart it. */
    public static synchronized KafkaServer server() {
        if (server == null) {
            try {
                server = KafkaServer.start(KafkaServer.fromClasspath(), Files.createTempDirectory("cert-test-kafka"), 0);
                log.info("test Kafka: a KRaft broker process on {}", server.bootstrapServers());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.kill();
                    } catch (InterruptedException ignored) {
                        Thread.currentThread().interrupt();
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return server;
    }
}
