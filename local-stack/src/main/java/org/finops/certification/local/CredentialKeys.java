package org.finops.certification.local;

import org.finops.certification.servers.KeyFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The local stack's credential issuer: its key file kept in the data directory (made on the first start by the same
 * tool production uses, the query side's {@code CredentialKeyFile}), so the credentials a member downloaded keep
 * verifying after a restart; its public address and directory pages those of this machine.
 */
final class CredentialKeys {
    private static final String TOOL = "org.finops.certification.query.credential.CredentialKeyFile";

    private CredentialKeys() {
    }

    static Map<String, String> environment(Path home, Path queryJar, int queryPort, int consolePort)
            throws IOException, InterruptedException {
        Path file = home.resolve("credential-keys.json");
        try {
            KeyFiles.madeOnce(file, queryJar, TOOL, List.of(file.toString()));
        } catch (IOException e) {
            throw new StartupRefused(e.getMessage());
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("CERT_CREDENTIAL_KEY_FILE", file.toString());
        environment.put("CERT_CREDENTIAL_PUBLIC_URL", "http://localhost:" + queryPort);
        environment.put("CERT_CREDENTIAL_DIRECTORY_URL", "http://localhost:" + consolePort + "/directory");
        environment.replaceAll((name, value) -> System.getenv().getOrDefault(name, value));
        return environment;
    }
}
