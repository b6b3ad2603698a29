package org.finops.certification.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes a key file once, with the tool production uses, run from the app's jar (a main class beside the app's, the
 * way the docs tell operators to run it); a file already there is kept, so what its keys signed keeps verifying.
 */
public final class KeyFiles {
    private KeyFiles() {
    }

    /** @return {@code file}, made by {@code tool} (called with {@code arguments}) unless it was there */
    public static Path madeOnce(Path file, Path jar, String tool, List<String> arguments)
            throws IOException, InterruptedException {
        if (Files.isRegularFile(file)) {
            return file;
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", jar.toString(), "-Dloader.main=" + tool,
                "org.springframework.boot.loader.launch.PropertiesLauncher"));
        command.addAll(arguments);
        Process made = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!made.waitFor(2, TimeUnit.MINUTES) || made.exitValue() != 0 || !Files.isRegularFile(file)) {
            throw new IOException("could not make the key file " + file + " with " + tool + " from " + jar);
        }
        return file;
    }
}
