package org.finops.certification.local;

import org.finops.certification.servers.AppProcess;
import org.finops.certification.servers.IdentityServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the whole service on one machine with nothing installed but a JDK: a real PostgreSQL (embedded, or the
 * one {@code CERT_DB_URL} names), a real Kafka broker (KRaft, its own process, or the one
 * {@code CERT_KAFKA_BOOTSTRAP} names), an OpenID Connect provider (the bundled {@code identity}), then command-side,
 * query-side and the console as their own processes, exactly as they run in production: the APIs trust the provider
 * (issuer and audience checked) and this data directory's own HS256 secret, the console signs people in through the
 * provider. Ctrl-C stops everything; the data stays in {@code ./data} for the next start.
 */
public final class LocalStack {
    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run();
        } catch (StartupRefused refused) {
            System.err.println("The local stack cannot start: " + refused.getMessage() + ".");
            System.exit(2);
        }
    }

    private static void run() throws Exception {
        Path home = Path.of(System.getenv().getOrDefault("CERT_LOCAL_DATA", "data")).toAbsolutePath();
        Files.createDirectories(home);
        FileChannel dataLock = StartupChecks.lockData(home);
        int commandPort = port("CERT_LOCAL_COMMAND_PORT", 8081);
        int queryPort = port("CERT_LOCAL_QUERY_PORT", 8082);
        int consolePort = port("CERT_LOCAL_CONSOLE_PORT", 8080);
        int identityPort = port("CERT_LOCAL_IDP_PORT", 9000);
        if (LocalPostgres.embedded()) {
            StartupChecks.postgresDataReadable(home.resolve("postgres"));
            StartupChecks.portFree("embedded PostgreSQL", "CERT_LOCAL_PG_PORT", LocalPostgres.embeddedPort());
        }
        if (LocalKafka.embedded()) {
            int kafkaPort = LocalKafka.embeddedPort();
            StartupChecks.portFree("embedded Kafka broker and its controller", "CERT_LOCAL_KAFKA_PORT", kafkaPort,
                    kafkaPort + 1);
        }
        StartupChecks.portFree("command side", "CERT_LOCAL_COMMAND_PORT", commandPort);
        StartupChecks.portFree("query side", "CERT_LOCAL_QUERY_PORT", queryPort);
        StartupChecks.portFree("console", "CERT_LOCAL_CONSOLE_PORT", consolePort);
        StartupChecks.portFree("identity provider", "CERT_LOCAL_IDP_PORT", identityPort);

        LocalPostgres postgres = LocalPostgres.start(home.resolve("postgres"));
        LocalKafka kafka = LocalKafka.start(home.resolve("kafka"));
        List<AppProcess> apps = new ArrayList<>();
        List<IdentityServer> identity = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(apps, identity, kafka, postgres),
                "local-stack-stop"));
        identity.add(IdentityServer.start(jar("identity"), home, identityPort, "http://localhost:" + consolePort,
                List.of("acme", "globex"), home.resolve("logs")));
        Map<String, String> tokens = new HashMap<>(identity.get(0).apiEnvironment());
        tokens.put("CERT_JWT_SECRET", TokenSecret.of(home));

        Map<String, String> commandSide = environment(postgres.environmentFor("certification_command"), kafka, tokens);
        commandSide.putAll(TransparencyKey.environment(home, jar("command-side")));
        apps.add(AppProcess.startJar("command-side", jar("command-side"), commandPort, commandSide,
                home.resolve("logs")));
        Map<String, String> querySide = withLocalWebhooks(environment(postgres.environmentFor("certification_query"),
                kafka, tokens));
        querySide.putAll(CredentialKeys.environment(home, jar("query-side"), queryPort, consolePort));
        apps.add(AppProcess.startJar("query-side", jar("query-side"), queryPort, querySide, home.resolve("logs")));
        apps.add(AppProcess.startJar("console", jar("console"), consolePort, console(apps, identity.get(0), tokens),
                home.resolve("logs")));
        for (AppProcess app : apps) {
            app.awaitHealthy();
        }
        Banner.print(postgres, kafka, home, apps, identity.get(0), tokens);
        for (AppProcess app : apps) {
            app.waitFor();
        }
        dataLock.close();
    }

    /** The app's jar in the repository, from its root or from a module folder. */
    private static Path jar(String module) {
        Path inRoot = Path.of(module, "target", module + ".jar");
        return Files.isRegularFile(inRoot) ? inRoot : Path.of("..").resolve(inRoot);
    }

    static int port(String variable, int fallback) {
        String value = System.getenv().getOrDefault(variable, String.valueOf(fallback));
        try {
            int port = Integer.parseInt(value.strip());
            if (port > 0 && port < 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // answered below, in the same words as a number out of range
        }
        throw new StartupRefused(variable + "=" + value + " is not a port: give a number from 1 to 65534");
    }

    private static Map<String, String> environment(Map<String, String> database, LocalKafka kafka,
                                                   Map<String, String> tokens) {
        Map<String, String> environment = new HashMap<>(database);
        environment.put("CERT_KAFKA_BOOTSTRAP", kafka.bootstrapServers());
        environment.putAll(tokens);
        return environment;
    }

    /**
     * The console is a client of the two APIs like any other, signing people in through the provider; the
     * development sign-in only where the one who starts the stack asks for it ({@code CERT_DEV_LOGIN=true}).
     */
    private static Map<String, String> console(List<AppProcess> apps, IdentityServer identity,
                                               Map<String, String> tokens) {
        Map<String, String> environment = new HashMap<>(identity.consoleEnvironment());
        environment.putAll(tokens);
        environment.put("CERT_COMMAND_URL", apps.get(0).url());
        environment.put("CERT_QUERY_URL", apps.get(1).url());
        environment.put("CERT_DEV_LOGIN", System.getenv().getOrDefault("CERT_DEV_LOGIN", "false"));
        return environment;
    }

    /** On one machine a webhook receiver is usually on localhost, over plain http: allowed here, never by default. */
    private static Map<String, String> withLocalWebhooks(Map<String, String> environment) {
        environment.put("CERT_WEBHOOKS_ALLOW_PRIVATE",
                System.getenv().getOrDefault("CERT_WEBHOOKS_ALLOW_PRIVATE", "true"));
        return environment;
    }

    private static void stop(List<AppProcess> apps, List<IdentityServer> identity, LocalKafka kafka,
                             LocalPostgres postgres) {
        apps.forEach(AppProcess::stop);
        identity.forEach(IdentityServer::stop);
        kafka.stop();
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
