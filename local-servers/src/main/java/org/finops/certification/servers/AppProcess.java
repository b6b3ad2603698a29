package org.finops.certification.servers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of the service's apps run as its own process, as in production: from its jar in the local stack, from the
 * test classpath in the fault tests, which kill it with SIGKILL and start it again.
 */
public final class AppProcess {
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final String name;
    private final int port;
    private final ProcessBuilder builder;
    private final Path log;
    private Process process;

    private AppProcess(String name, int port, ProcessBuilder builder, Path log) {
        this.name = name;
        this.port = port;
        this.builder = builder;
        this.log = log;
    }

    /** Runs {@code command} with the given environment, its output appended to {@code log}; not yet healthy. */
    public static AppProcess start(String name, List<String> command, int port, Map<String, String> environment,
                                   Path log) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().putIfAbsent("CERT_HTTP_PORT", String.valueOf(port));
        AppProcess app = new AppProcess(name, port, builder, log);
        app.process = builder.start();
        return app;
    }

    public static AppProcess startJar(String name, Path jar, int port, Map<String, String> environment, Path logs)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw -DskipTests package");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        return start(name, List.of(java, "-jar", jar.toString()), port, environment, logs.resolve(name + ".log"));
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Starts the same command again (after a kill or a stop) and waits until it is healthy. */
    public void restart() throws IOException, InterruptedException {
        if (process.isAlive()) {
            kill();
        }
        process = builder.start();
        awaitHealthy();
    }

    public void awaitHealthy() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not become healthy within " + STARTUP + "; see " + log);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The running process's id, for jcmd and /proc. */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public void waitFor() throws InterruptedException {
        process.waitFor();
    }

    /** SIGTERM first, so the app shuts down gracefully; killed only if it does not end in time. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
