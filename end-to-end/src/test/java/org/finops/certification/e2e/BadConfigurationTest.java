package org.finops.certification.e2e;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A wrong setting stops the app at once with one clear message, not a wall of stack traces. */
class BadConfigurationTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theCommandSideNamesTheWrongSettingsAndExits() throws Exception {
        String output = startWith("command-side", "CERT_DB_URL", "mysql://localhost/certification");
        assertThat(output).contains("CERT_DB_URL is 'mysql://localhost/certification'",
                "expected a PostgreSQL JDBC URL", "CERT_SCHEDULER_POLL is 'soon'");
        assertThat(output).doesNotContain("\tat org.", "Caused by");
    }

    @Test
    void theQuerySideNamesTheWrongSettingsAndExits() throws Exception {
        String output = startWith("query-side", "CERT_KAFKA_BOOTSTRAP", "kafka-without-port");
        assertThat(output).contains("CERT_KAFKA_BOOTSTRAP has 'kafka-without-port'");
        assertThat(output).doesNotContain("\tat org.", "Caused by");
    }

    @Test
    void neitherAppStartsWithoutBeingToldHowToCheckTokens() throws Exception {
        for (String app : List.of("command-side", "query-side")) {
            String output = started(app, Map.of("CERT_LOG_FORMAT", ""));
            assertThat(output).as(app).contains("no token verification is configured: set CERT_JWT_ISSUER and"
                    + " CERT_JWT_AUDIENCE", "CERT_JWT_JWKS_URI", "CERT_JWT_SECRET");
            assertThat(output).doesNotContain("\tat org.", "Caused by");
        }
    }

    @Test
    void aProviderWithoutAnAudienceIsRefused() throws Exception {
        String output = started("command-side", Map.of("CERT_LOG_FORMAT", "",
                "CERT_JWT_ISSUER", "https://id.finops.example"));
        assertThat(output).contains("CERT_JWT_AUDIENCE is not set");
    }

    private static String startWith(String app, String variable, String value) throws Exception {
        return started(app, Map.of(variable, value, "CERT_SCHEDULER_POLL", "soon", "CERT_LOG_FORMAT", ""));
    }

    /** The app's output; it must have ended at once with status 2, as every start-up refusal does. */
    private static String started(String app, Map<String, String> environment) throws Exception {
        Path jar = ROOT.resolve(app).resolve("target").resolve(app + ".jar");
        Path output = Files.createTempFile(app, ".out");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toString())).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CERT_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits at once").isTrue();
        assertThat(process.exitValue()).as(Files.readString(output)).isEqualTo(2);
        return Files.readString(output);
    }
}
