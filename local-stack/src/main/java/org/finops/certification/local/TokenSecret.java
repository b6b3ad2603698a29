package org.finops.certification.local;

import org.finops.certification.servers.PrivateFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The local stack's HS256 secret, for the banner's tokens and the development sign-in: made at random the first time
 * and kept with the data (0600), so it is this data directory's own and nobody else's. The apps get it explicitly;
 * they have no default.
 */
final class TokenSecret {
    private static final int BYTES = 48;

    private TokenSecret() {
    }

    static String of(Path home) throws IOException {
        Path file = home.resolve("jwt-secret");
        String override = System.getenv("CERT_JWT_SECRET");
        if (override != null && !override.isBlank()) {
            return override;
        }
        if (!Files.isRegularFile(file)) {
            PrivateFiles.write(file, PrivateFiles.randomSecret(BYTES));
        }
        return Files.readString(file).strip();
    }
}
