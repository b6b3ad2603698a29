package org.finops.certification.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
        if (!Files.isRegularFile(file)) {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process tool = new ProcessBuilder(List.of(java, "-cp", queryJar.toString(), "-Dloader.main=" + TOOL,
                    "org.springframework.boot.loader.launch.PropertiesLauncher", file.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!tool.waitFor(2, TimeUnit.MINUTES) || tool.exitValue() != 0 || !Files.isRegularFile(file)) {
                throw new StartupRefused("could not make the credential key file " + file + " with " + queryJar);
            }
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("CERT_CREDENTIAL_KEY_FILE", file.toString());
        environment.put("CERT_CREDENTIAL_PUBLIC_URL", "http://localhost:" + queryPort);
        environment.put("CERT_CREDENTIAL_DIRECTORY_URL", "http://localhost:" + consolePort + "/directory");
        environment.replaceAll((name, value) -> System.getenv().getOrDefault(name, value));
        return environment;
    }
}
