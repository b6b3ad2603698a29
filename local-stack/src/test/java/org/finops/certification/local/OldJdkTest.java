package org.finops.certification.local;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's commands on a JDK older than 21 (the machine's default Java is often 17): the build and the launcher
 * each stop at once with one sentence naming JAVA_HOME, not with a compiler error or an UnsupportedClassVersionError.
 */
class OldJdkTest {
    private static final Path JVMS = Path.of("/usr/lib/jvm");

    @Test
    void theBuildOnAnOldJdkSaysWhichJdkToUse() throws Exception {
        Optional<Path> oldJdk = olderThan21();
        assumeTrue(oldJdk.isPresent(), "no JDK older than 21 on this machine to try the build with");
        Path root = Path.of("..").toRealPath();
        Path output = Files.createTempFile("old-jdk-build", ".out");
        ProcessBuilder build = new ProcessBuilder(root.resolve("mvnw").toString(), "-o", "-q", "-N", "validate")
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        build.environment().put("JAVA_HOME", oldJdk.get().toString());
        Process process = build.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).isNotZero();
        assertThat(Files.readString(output)).contains("This build needs JDK 21 or newer",
                "export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64");
    }

    @Test
    void theLauncherOnAnOldJdkSaysWhichJdkToUse() throws Exception {
        Optional<Path> oldJdk = olderThan21();
        assumeTrue(oldJdk.isPresent(), "no JDK older than 21 on this machine to try the launcher with");
        Path output = Files.createTempFile("old-jdk-start", ".out");
        Process process = new ProcessBuilder(oldJdk.get().resolve("bin/java").toString(), "-cp",
                Path.of("target", "classes").toString(), Start.class.getName())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readString(output).strip()).startsWith("The local stack cannot start: it needs Java 21")
                .contains("export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64").doesNotContain("Exception");
    }

    private static Optional<Path> olderThan21() throws IOException {
        if (!Files.isDirectory(JVMS)) {
            return Optional.empty();
        }
        try (Stream<Path> jdks = Files.list(JVMS)) {
            return jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                    .filter(jdk -> featureOf(jdk) > 0 && featureOf(jdk) < 21).findFirst();
        }
    }

    /** From the JDK's {@code release} file: JAVA_VERSION="17.0.15". */
    private static int featureOf(Path jdk) {
        try {
            return Files.readAllLines(jdk.resolve("release")).stream()
                    .filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.replaceAll("[^0-9.]", "").split("\\.")[0])
                    .mapToInt(Integer::parseInt).findFirst().orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
