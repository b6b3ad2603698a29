package org.finops.certification.local;

import org.finops.certification.servers.KeyFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The local stack's transparency log key: kept in the data directory, made on the first start by the tool
 * production uses (the command side's {@code TransparencyKeyFile}), so the checkpoints signed before a restart keep
 * verifying after it.
 */
final class TransparencyKey {
    private static final String TOOL = "org.finops.certification.command.transparency.TransparencyKeyFile";

    private TransparencyKey() {
    }

    static Map<String, String> environment(Path home, Path commandJar) throws InterruptedException {
        String origin = System.getenv().getOrDefault("CERT_TRANSPARENCY_ORIGIN",
                System.getenv().getOrDefault("CERT_PUBLIC_HOST", "localhost") + "/certification-log");
        Path file = home.resolve("transparency-key.txt");
        try {
            KeyFiles.madeOnce(file, commandJar, TOOL, List.of(origin, file.toString()));
        } catch (IOException e) {
            throw new StartupRefused(e.getMessage());
        }
        return Map.of("CERT_TRANSPARENCY_KEY_FILE", file.toString(), "CERT_TRANSPARENCY_ORIGIN", origin);
    }
}
