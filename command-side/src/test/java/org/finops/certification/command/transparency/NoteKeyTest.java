package org.finops.certification.command.transparency;

import org.finops.certification.support.config.InvalidConfiguration;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The log's key file: read back as written, refused when altered, misnamed or named for another log. */
class NoteKeyTest {

    @Test
    void aKeyReadsBackFromItsTextWithTheSameVerifierKey() {
        NoteKey key = NoteKey.generate("certification.example/certification-log");
        while (key.privateKeyText().chars().filter(c -> c == '+').count() < 5) {
            // one whose base64 holds a '+' too, as about half do: the text's separators must not be confused with it
            key = NoteKey.generate("certification.example/certification-log");
        }
        NoteKey read = NoteKey.parse(key.privateKeyText() + "\n");

        assertThat(read.verifierKey()).isEqualTo(key.verifierKey());
        assertThat(read.sign("body\n")).isEqualTo(key.sign("body\n"));
    }

    @Test
    void anAlteredKeyHashOrAnotherKindOfKeyIsRefused() {
        String text = NoteKey.generate("log.example/a").privateKeyText();
        String[] parts = text.split("\\+");
        String otherHash = text.replace("+" + parts[3] + "+", "+00000000+");

        assertThatThrownBy(() -> NoteKey.parse(otherHash)).hasMessageContaining("hash does not match");
        assertThatThrownBy(() -> NoteKey.parse(text.substring("PRIVATE+KEY+".length())))
                .hasMessageContaining("not a signed-note private key");
        assertThatThrownBy(() -> NoteKey.generate("a log")).hasMessageContaining("no spaces");
        assertThatThrownBy(() -> NoteKey.generate("a+log")).hasMessageContaining("no '+'");
    }

    @Test
    void aKeyFileNamedForAnotherLogIsRefusedAtStartUp() throws Exception {
        Path file = Files.createTempFile("transparency-key", ".txt");
        Files.writeString(file, NoteKey.generate("other.example/certification-log").privateKeyText());

        assertThatThrownBy(() -> new Checkpoints(null, "certification.example/certification-log", file.toString()))
                .isInstanceOf(InvalidConfiguration.class)
                .hasMessageContaining("holds a key named other.example/certification-log, not the log's origin");
        assertThat(new Checkpoints(null, "other.example/certification-log", file.toString()).key().name())
                .isEqualTo("other.example/certification-log");
    }

    @Test
    void anUnreadableOrMalformedKeyFileStopsTheStartWithOneSentenceAndStatusTwo() throws Exception {
        Path file = Files.createTempFile("transparency-key", ".txt");
        Files.writeString(file, "PRIVATE+KEY+certification.example/certification-log+00000000+not base64\n");
        String origin = "certification.example/certification-log";

        assertThatThrownBy(() -> new Checkpoints(null, origin, file.toString()))
                .isInstanceOfSatisfying(InvalidConfiguration.class, refused -> {
                    assertThat(refused.getExitCode()).isEqualTo(2);
                    assertThat(refused.problems()).singleElement().asString()
                            .startsWith("CERT_TRANSPARENCY_KEY_FILE " + file + " is not a signed-note private key");
                });
        assertThatThrownBy(() -> new Checkpoints(null, origin, file + ".missing"))
                .isInstanceOf(InvalidConfiguration.class).hasMessageContaining("cannot be read");
    }

    @Test
    void theKeyToolMakesAFileOnlyItsOwnerReadsThatTheLogStartsWith() throws Exception {
        Path file = Files.createTempDirectory("transparency-key").resolve("key.txt");

        TransparencyKeyFile.main(new String[]{"certification.example/certification-log", file.toString()});

        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        assertThat(new Checkpoints(null, "certification.example/certification-log", file.toString()).key().name())
                .isEqualTo("certification.example/certification-log");
    }
}
