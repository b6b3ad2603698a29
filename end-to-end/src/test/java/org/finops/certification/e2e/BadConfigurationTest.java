package org.finops.certification.e2e;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private static String startWith(String app, String variable, String value) throws Exception {
        Path jar = ROOT.resolve(app).resolve("target").resolve(app + ".jar");
        Path output = Files.createTempFile(app, ".out");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toString())).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put(variable, value);
        builder.environment().put("CERT_SCHEDULER_POLL", "soon");
        builder.environment().put("CERT_LOG_FORMAT", "");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits at once").isTrue();
        assertThat(process.exitValue()).isNotZero();
        return Files.readString(output);
    }
}
