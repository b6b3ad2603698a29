package org.finops.certification.local;

import org.finops.certification.servers.Ports;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Eventually;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command as a newcomer would use it: the launcher starts PostgreSQL, Kafka, both apps and the
 * console, prints the tokens; one lifecycle over HTTP works; SIGTERM stops everything; a second start keeps the
 * data. A port
 * another program holds and a second stack on the same data are refused with one sentence each.
 */
class LocalStackSmokeTest {
    private static final Pattern TOKEN = Pattern.compile("(STAFF|AUDITOR|MEMBER_ACME)=(\\S+)");
    private static final Pattern CERTIFIED =
            Pattern.compile("certification (\\S+) of acme is ACTIVE and listed in the directory");

    @Test
    void theLauncherRunsTheWholeServiceAndKeepsItsDataAcrossStarts() throws Exception {
        Path data = Files.createTempDirectory("cert-local-stack");
        int[] free = Ports.free(5);
        List<Integer> ports = List.of(free[0], free[1], free[2], Ports.freePair(), free[3], free[4]);
        Map<String, String> environment = Map.of("CERT_LOCAL_DATA", data.toString(),
                "CERT_LOCAL_COMMAND_PORT", String.valueOf(ports.get(0)),
                "CERT_LOCAL_QUERY_PORT", String.valueOf(ports.get(1)),
                "CERT_LOCAL_PG_PORT", String.valueOf(ports.get(2)),
                "CERT_LOCAL_KAFKA_PORT", String.valueOf(ports.get(3)),
                "CERT_LOCAL_CONSOLE_PORT", String.valueOf(ports.get(4)),
                "CERT_LOCAL_IDP_PORT", String.valueOf(ports.get(5)));
        Api command = new Api(ports.get(0));
        Api query = new Api(ports.get(1));

        try (ServerSocket anotherPostgres = new ServerSocket(ports.get(2))) {
            String refused = refusedStart(environment, data.resolve("port-taken.out"));
            assertThat(refused).isEqualTo("The local stack cannot start: port " + ports.get(2) + " (embedded"
                    + " PostgreSQL) is already in use by another program, perhaps another PostgreSQL: stop it, or start"
                    + " with CERT_LOCAL_PG_PORT=<a free port>.");
        }

        Launched first = launch(environment, data.resolve("first.out"));
        Map<String, String> tokens = first.tokens();
        assertThat(refusedStart(environment, data.resolve("second-stack.out")))
                .startsWith("The local stack cannot start: a local stack already runs on " + data.toRealPath()
                        + " (process " + first.process().pid() + ")")
                .contains("CERT_LOCAL_DATA");
        assertThat(durability(ports.get(2))).as("the local default keeps committed data through a crash")
                .containsExactly("on", "on");
        String certificationId = happyPath(tokens, ports, data.resolve("happy-path.out"));
        long decisions = auditTotal(query, tokens.get("AUDITOR"));
        assertThat(happyPath(tokens, ports, data.resolve("happy-path-again.out"))).isEqualTo(certificationId);
        assertThat(Files.readString(data.resolve("happy-path-again.out"))).contains("replayed");
        assertThat(auditTotal(query, tokens.get("AUDITOR"))).as("the second run decided nothing").isEqualTo(decisions);
        Api.Reply credential = query.send("GET", "/api/v1/certifications/" + certificationId + "/credential",
                tokens.get("STAFF"), null, Map.of("Accept", "application/json"));
        assertThat(credential.json().path("issuer").path("id").asString()).as(credential.toString())
                .isEqualTo("did:web:localhost%3A" + ports.get(1));
        assertThat(data.resolve("credential-keys.json")).as("the issuer's keys, kept with the data").isRegularFile();
        Api console = new Api(ports.get(4));
        assertThat(console.send("GET", "/directory", null, null, Map.of()).body()).as("the console, on the same data")
                .contains("Certified organisations", "Acme Corp");
        assertThat(console.send("GET", "/sign-in", null, null, Map.of()).body()).as("sign-in through the provider")
                .contains("Sign in with your organisation's account").doesNotContain("Development sign-in");
        assertThat(data.resolve("jwt-secret")).as("this data directory's own secret")
                .satisfies(file -> assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                        PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        Api.Reply health = command.send("GET", "/actuator/health", tokens.get("STAFF"), null, Map.of());
        assertThat(health.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("components").path("kafka").path("status").asString()).isEqualTo("UP");
        assertThat(command.send("GET", "/actuator/prometheus", null, null, Map.of()).body())
                .contains("certification_commands_seconds_count", "certification_events_published_total",
                        "certification_publication_lag_events");
        assertThat(query.send("GET", "/actuator/prometheus", null, null, Map.of()).body())
                .contains("certification_readmodel_events_applied_total", "certification_reminders_sent_total");
        first.stop();
        assertThat(portsInUse(ports)).as("everything stopped").isEmpty();

        Launched second = launch(environment, data.resolve("second.out"));
        Api.Reply kept = awaitStatus(query, second.tokens().get("AUDITOR"), certificationId);
        assertThat(kept.text("status")).as("the data of the first start").isEqualTo("ACTIVE");
        Api.Reply verified = query.send("POST", "/api/v1/verifications", null, credential.body(), Map.of());
        assertThat(verified.json().path("valid").asBoolean()).as("a credential of the first start, verified after the"
                + " restart: " + verified).isTrue();
        second.stop();
    }

    /**
     * The README's scripts/happy-path.sh, as a newcomer runs it: it must end with a certified member in the
     * directory, and a second run must replay its answers and change nothing.
     */
    private static String happyPath(Map<String, String> tokens, List<Integer> ports, Path output) throws Exception {
        ProcessBuilder script = new ProcessBuilder("bash", Path.of("..", "scripts", "happy-path.sh").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        script.environment().putAll(Map.of("STAFF", tokens.get("STAFF"), "MEMBER", tokens.get("MEMBER_ACME"),
                "COMMAND_URL", "http://localhost:" + ports.get(0) + "/api/v1",
                "QUERY_URL", "http://localhost:" + ports.get(1) + "/api/v1"));
        Process process = script.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String printed = Files.readString(output);
        assertThat(process.exitValue()).as(printed).isZero();
        Matcher certified = CERTIFIED.matcher(printed);
        assertThat(certified.find()).as(printed).isTrue();
        List<String> lines = printed.strip().lines().toList();
        assertThat(lines.getLast()).as("the last line, as the README says it is")
                .matches("export APP=\\S+ CERT=" + Pattern.quote(certified.group(1)));
        return certified.group(1);
    }

    private static long auditTotal(Api query, String auditor) {
        return query.send("GET", "/api/v1/audit?memberId=acme", auditor, null, Map.of()).json().path("total").asLong();
    }

    private static Api.Reply awaitStatus(Api query, String token, String certificationId) {
        return Eventually.until(Duration.ofSeconds(60), () -> query.send("GET", "/api/v1/certifications/"
                + certificationId, token, null, Map.of()), reply -> reply.status() == 200);
    }

    private static Process process(Map<String, String> environment, Path output) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LocalStack.class.getName()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static Launched launch(Map<String, String> environment, Path output) throws Exception {
        Process process = process(environment, output);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (!Files.readString(output).contains("is running")) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the local stack did not start:\n" + Files.readString(output));
            }
            Thread.sleep(500);
        }
        return new Launched(process, output);
    }

    /** A launch that is refused before it starts anything: one sentence, exit status 2. */
    private static String refusedStart(Map<String, String> environment, Path output) throws Exception {
        Process process = process(environment, output);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("refused at once").isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        return Files.readString(output).strip();
    }

    private static List<String> durability(int port) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port
                + "/postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            List<String> settings = new ArrayList<>();
            for (String setting : List.of("fsync", "synchronous_commit")) {
                try (ResultSet shown = statement.executeQuery("SHOW " + setting)) {
                    shown.next();
                    settings.add(shown.getString(1));
                }
            }
            return settings;
        }
    }

    private static List<Integer> portsInUse(List<Integer> ports) {
        return ports.stream().filter(Ports::accepts).toList();
    }

    private record Launched(Process process, Path output) {
        Map<String, String> tokens() throws IOException {
            Matcher matcher = TOKEN.matcher(Files.readString(output));
            Map<String, String> tokens = new java.util.HashMap<>();
            while (matcher.find()) {
                tokens.put(matcher.group(1), matcher.group(2));
            }
            return tokens;
        }

        /** SIGTERM, as Ctrl-C would: the launcher stops the apps, the broker and PostgreSQL, then exits. */
        void stop() throws InterruptedException {
            process.destroy();
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the launcher exits").isTrue();
        }
    }
}
