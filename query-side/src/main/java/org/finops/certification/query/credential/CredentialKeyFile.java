package org.finops.certification.query.credential;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Makes or rotates the issuer's key file ({@code CERT_CREDENTIAL_KEY_FILE}): a new RSA and Ed25519 key pair, put
 * first (they sign from the next start), the keys already in the file kept after them (still published, so what
 * they signed keeps verifying). The file holds private keys: it is written readable by its owner only. Run it from
 * the query side's jar:
 * {@code java -cp query-side.jar -Dloader.main=<this class> org.springframework.boot.loader.launch.PropertiesLauncher
 * <file>}.
 */
public final class CredentialKeyFile {
    private CredentialKeyFile() {
    }

    public static void main(String[] arguments) throws IOException {
        if (arguments.length != 1) {
            System.err.println("usage: CredentialKeyFile <key file>: makes it, or puts new keys first in it");
            System.exit(2);
        }
        Path file = Path.of(arguments[0]);
        List<JWK> keys = new ArrayList<>(IssuerKeys.generate(LocalDate.now() + "-"
                + UUID.randomUUID().toString().substring(0, 4)).getKeys());
        if (Files.exists(file)) {
            keys.addAll(IssuerKeys.read(file).getKeys());
        }
        Path written = Files.createTempFile(file.toAbsolutePath().getParent(), ".credential-keys", ".json",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(written, new JWKSet(keys).toString(false));
        Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println(file + ": " + keys.size() + " keys, signing with " + keys.get(0).getKeyID() + " and "
                + keys.get(1).getKeyID());
    }
}
