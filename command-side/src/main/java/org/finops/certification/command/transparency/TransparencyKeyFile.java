package org.finops.certification.command.transparency;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Makes the transparency log's signing key file ({@code CERT_TRANSPARENCY_KEY_FILE}) for a log's origin and prints
 * its verifier key, to publish where auditors find it. It never replaces a key file: a log signed by another key is
 * another log, whose old checkpoints no longer verify. The file holds the private key: it is written readable by its
 * owner only. Run it from the command side's jar:
 * {@code java -cp command-side.jar -Dloader.main=<this class> org.springframework.boot.loader.launch.PropertiesLauncher
 * <origin> <file>}.
 */
public final class TransparencyKeyFile {
    private TransparencyKeyFile() {
    }

    public static void main(String[] arguments) throws IOException {
        if (arguments.length != 2) {
            System.err.println("usage: TransparencyKeyFile <origin, such as certification.finops.org/certification-log>"
                    + " <key file>");
            System.exit(2);
        }
        Path file = Path.of(arguments[1]).toAbsolutePath();
        if (Files.exists(file)) {
            System.err.println(file + " exists: a log keeps its key (a new key would make it another log)");
            System.exit(2);
        }
        NoteKey key;
        try {
            key = NoteKey.generate(arguments[0]);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path written = Files.createTempFile(file.getParent(), ".transparency-key", ".txt",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(written, key.privateKeyText());
        Files.move(written, file);
        System.out.println(key.verifierKey());
    }
}
