package org.finops.certification.query.credential;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The verifiers of {@code src/test/node/credential-verifiers} (jose, Digital Bazaar's vc family), installed from the
 * npm registry into {@code target/} by {@code npm ci} against the committed lock file, and run with the machine's
 * Node.js: implementations of the standards that share no code with the service.
 */
final class OutsideVerifiers {
    private static final Path SOURCE = Path.of("src", "test", "node", "credential-verifiers");
    private static final Path INSTALLED = Path.of("target", "credential-verifiers");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OutsideVerifiers() {
    }

    /**
     * Verifies with both libraries; {@code input} names the JWTs and credentials to check and holds the documents
     * their static loader may serve. Answers each name's result.
     */
    static JsonNode verify(Map<String, Object> input) throws IOException, InterruptedException {
        install();
        Path file = Files.createTempFile(INSTALLED, "input-", ".json");
        Files.writeString(file, JSON.writeValueAsString(input));
        Path errors = INSTALLED.resolve("verify.err");
        Process node = isolated(new ProcessBuilder("node", "verify.mjs", file.toAbsolutePath().toString())
                .redirectError(errors.toFile()));
        String out = new String(node.getInputStream().readAllBytes());
        if (!node.waitFor(2, TimeUnit.MINUTES) || node.exitValue() != 0) {
            throw new IllegalStateException("node verify.mjs failed: " + out + Files.readString(errors));
        }
        return JSON.readTree(out);
    }

    private static synchronized void install() throws IOException, InterruptedException {
        Files.createDirectories(INSTALLED);
        for (String name : List.of("package.json", "package-lock.json", "verify.mjs")) {
            Files.copy(SOURCE.resolve(name), INSTALLED.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.isDirectory(INSTALLED.resolve("node_modules/@digitalbazaar/vc"))) {
            return;
        }
        Path log = INSTALLED.resolve("npm-ci.log");
        Process npm = isolated(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts")
                .redirectErrorStream(true).redirectOutput(log.toFile()));
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            throw new IllegalStateException("npm ci of the outside verifiers failed:\n" + Files.readString(log));
        }
    }

    /**
     * Node never shares the test JVM's standard streams: it makes an inherited descriptor non-blocking, and
     * Surefire's channel on the fork's stdin then fails with "Resource temporarily unavailable" (seen in CI).
     */
    private static Process isolated(ProcessBuilder builder) throws IOException {
        Process process = builder.directory(INSTALLED.toFile()).start();
        process.getOutputStream().close();
        return process;
    }
}
