package org.finops.certification.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the whole service on one machine with nothing installed but a JDK: a real PostgreSQL (embedded, or the
 * one {@code CERT_DB_URL} names), then command-side and query-side as their own processes, exactly as they run in
 * production. Ctrl-C stops everything; the data stays in {@code ./data} for the next start.
 */
public final class LocalStack {
    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getenv().getOrDefault("CERT_LOCAL_DATA", "data")).toAbsolutePath();
        Files.createDirectories(home);
        LocalPostgres postgres = LocalPostgres.start(home.resolve("postgres"));
        List<AppProcess> apps = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(apps, postgres), "local-stack-stop"));

        apps.add(AppProcess.start("command-side", Path.of("command-side/target/command-side.jar"), 8081,
                postgres.environmentFor("certification_command"), home.resolve("logs")));
        apps.add(AppProcess.start("query-side", Path.of("query-side/target/query-side.jar"), 8082,
                postgres.environmentFor("certification_query"), home.resolve("logs")));
        for (AppProcess app : apps) {
            app.awaitHealthy();
        }
        Banner.print(postgres, home);
        for (AppProcess app : apps) {
            app.waitFor();
        }
    }

    private static void stop(List<AppProcess> apps, LocalPostgres postgres) {
        apps.forEach(AppProcess::stop);
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
