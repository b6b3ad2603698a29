package org.finops.certification.command.transparency;

import org.finops.certification.support.config.InvalidConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Signs the log's tree head as a C2SP {@code tlog-checkpoint} ({@code <origin>\n<size>\n<base64 root>\n}) in a
 * signed note, each second the log has grown, and keeps every checkpoint: every leaf is covered within about a
 * second of being written. The key is read from {@code CERT_TRANSPARENCY_KEY_FILE} (its name must be the origin);
 * without one a key is made at start-up, with a warning: its checkpoints verify only against the key published
 * while it runs.
 */
@Component
class Checkpoints {
    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    private final LogStore store;
    private final NoteKey key;

    Checkpoints(LogStore store, @Value("${cert.transparency.origin}") String origin,
                @Value("${cert.transparency.key-file:}") String keyFile) {
        this.store = store;
        this.key = key(origin, keyFile);
    }

    NoteKey key() {
        return key;
    }

    @Scheduled(fixedDelayString = "${cert.transparency.checkpoint-every:PT1S}")
    void signGrowth() {
        long size = store.size();
        Optional<LogStore.Checkpoint> latest = store.latestCheckpoint();
        if (size == 0 || latest.isPresent() && latest.get().size() >= size) {
            return;
        }
        byte[] root = MerkleTree.root(store, size);
        String body = key.name() + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
        store.keep(new LogStore.Checkpoint(size, root, key.sign(body)));
    }

    private static NoteKey key(String origin, String keyFile) {
        if (keyFile.isBlank()) {
            log.warn("no CERT_TRANSPARENCY_KEY_FILE: the log's checkpoints are signed with a key made now, which a"
                    + " restart replaces; give the service a key file in production (docs/transparency.md)");
            return NoteKey.generate(origin);
        }
        String text;
        try {
            text = Files.readString(Path.of(keyFile));
        } catch (IOException e) {
            throw refused(keyFile, "cannot be read (" + e.getMessage() + ")");
        }
        NoteKey key;
        try {
            key = NoteKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw refused(keyFile, "is not a signed-note private key: " + e.getMessage());
        }
        if (!key.name().equals(origin)) {
            throw refused(keyFile, "holds a key named " + key.name() + ", not the log's origin " + origin
                    + " (CERT_TRANSPARENCY_ORIGIN)");
        }
        return key;
    }

    /** One sentence at start-up (status 2), not a stack trace: the log cannot sign with what it was given. */
    private static InvalidConfiguration refused(String keyFile, String why) {
        return new InvalidConfiguration(List.of("CERT_TRANSPARENCY_KEY_FILE " + keyFile + " " + why));
    }
}
