package org.finops.certification.local;

import org.finops.certification.servers.AppProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the whole service on one machine with nothing installed but a JDK: a real PostgreSQL (embedded, or the
 * one {@code CERT_DB_URL} names), a real Kafka broker (KRaft, its own process, or the one
 * {@code CERT_KAFKA_BOOTSTRAP} names), then command-side and query-side as their own processes, exactly as they
 * run in production. Ctrl-C stops everything; the data stays in {@code ./data} for the next start.
 */
public final class LocalStack {
    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getenv().getOrDefault("CERT_LOCAL_DATA", "data")).toAbsolutePath();
        Files.createDirectories(home);
        LocalPostgres postgres = LocalPostgres.start(home.resolve("postgres"));
        LocalKafka kafka = LocalKafka.start(home.resolve("kafka"));
        List<AppProcess> apps = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(apps, kafka, postgres), "local-stack-stop"));

        apps.add(AppProcess.startJar("command-side", jar("command-side"), port("CERT_LOCAL_COMMAND_PORT", 8081),
                environment(postgres.environmentFor("certification_command"), kafka), home.resolve("logs")));
        apps.add(AppProcess.startJar("query-side", jar("query-side"), port("CERT_LOCAL_QUERY_PORT", 8082),
                environment(postgres.environmentFor("certification_query"), kafka), home.resolve("logs")));
        for (AppProcess app : apps) {
            app.awaitHealthy();
        }
        Banner.print(postgres, kafka, home, apps.get(0).url(), apps.get(1).url());
        for (AppProcess app : apps) {
            app.waitFor();
        }
    }

    /** The app's jar in the repository, from its root or from a module folder. */
    private static Path jar(String module) {
        Path inRoot = Path.of(module, "target", module + ".jar");
        return Files.isRegularFile(inRoot) ? inRoot : Path.of("..").resolve(inRoot);
    }

    private static int port(String variable, int fallback) {
        return Integer.parseInt(System.getenv().getOrDefault(variable, String.valueOf(fallback)));
    }

    private static Map<String, String> environment(Map<String, String> database, LocalKafka kafka) {
        Map<String, String> environment = new HashMap<>(database);
        environment.put("CERT_KAFKA_BOOTSTRAP", kafka.bootstrapServers());
        return environment;
    }

    private static void stop(List<AppProcess> apps, LocalKafka kafka, LocalPostgres postgres) {
        apps.forEach(AppProcess::stop);
        kafka.stop();
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
