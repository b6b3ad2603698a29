package org.finops.certification.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Go's {@code golang.org/x/mod/sumdb/note} and {@code sumdb/tlog} (Debian's {@code golang-go} and
 * {@code golang-golang-x-mod-dev}, installed when missing, as CI does for Chromium), run over a batch of checks by
 * {@code transparency/tlogcheck.go}: a verifier this project did not write.
 */
public final class GoVerifier {
    private static final Path GOCODE = Path.of("/usr/share/gocode");
    private static final Path MODULE = GOCODE.resolve("src/golang.org/x/mod/sumdb/tlog");

    private GoVerifier() {
    }

    /** @return one answer per check, {@code ok} or {@code fail: <reason>}, in order */
    public static List<String> check(List<String> checks) throws IOException, InterruptedException {
        installIfMissing();
        Path work = Files.createTempDirectory("tlogcheck");
        Path program = work.resolve("tlogcheck.go");
        try (InputStream source = GoVerifier.class.getResourceAsStream("/transparency/tlogcheck.go")) {
            Files.copy(source, program);
        }
        Path input = work.resolve("checks.txt");
        Files.write(input, checks);
        ProcessBuilder run = new ProcessBuilder("go", "run", program.toString()).directory(work.toFile())
                .redirectInput(input.toFile()).redirectErrorStream(true);
        run.environment().putAll(Map.of("GO111MODULE", "off", "GOPATH", GOCODE.toString(),
                "GOCACHE", work.resolve("cache").toString(), "HOME", work.toString()));
        Process go = run.start();
        String output = new String(go.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!go.waitFor(5, TimeUnit.MINUTES) || go.exitValue() != 0) {
            throw new IllegalStateException("go run tlogcheck.go failed: " + output);
        }
        return output.lines().toList();
    }

    private static void installIfMissing() throws IOException, InterruptedException {
        if (Files.isDirectory(MODULE) && onPath()) {
            return;
        }
        String output = aptGet("install", "-y", "-qq", "golang-go", "golang-golang-x-mod-dev");
        if (!Files.isDirectory(MODULE)) {
            // a fresh machine's package lists may not know them yet
            output = aptGet("update", "-qq") + aptGet("install", "-y", "-qq", "golang-go", "golang-golang-x-mod-dev");
        }
        if (!Files.isDirectory(MODULE)) {
            throw new IllegalStateException("Go's verifier is missing and apt-get could not install it"
                    + " (golang-go golang-golang-x-mod-dev): " + output);
        }
    }

    private static String aptGet(String... arguments) throws IOException, InterruptedException {
        ProcessBuilder apt = new ProcessBuilder(java.util.stream.Stream.concat(java.util.stream.Stream.of("apt-get"),
                java.util.Arrays.stream(arguments)).toList()).redirectErrorStream(true);
        apt.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process process = apt.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static boolean onPath() throws IOException, InterruptedException {
        try {
            return new ProcessBuilder("go", "version").start().waitFor() == 0;
        } catch (IOException notFound) {
            return false;
        }
    }
}
