package org.finops.certification.command.transparency;

import org.finops.certification.support.web.InvalidRequest;
import org.springframework.stereotype.Component;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the log answers anyone: the latest signed checkpoint and its key, a leaf's bytes, and RFC 9162 proofs
 * against any tree size up to the latest checkpoint's (hashes in standard base64, as in the checkpoint).
 */
@Component
public class TransparencyLog {
    private final LogStore store;
    private final Checkpoints checkpoints;

    TransparencyLog(LogStore store, Checkpoints checkpoints) {
        this.store = store;
        this.checkpoints = checkpoints;
    }

    public Optional<String> checkpoint() {
        return store.latestCheckpoint().map(LogStore.Checkpoint::note);
    }

    public String verifierKey() {
        return checkpoints.key().verifierKey();
    }

    public Optional<byte[]> leaf(long index) {
        return store.leaf(index);
    }

    public Optional<Long> indexOf(String eventId) {
        return store.indexOf(eventId);
    }

    /** The audit path of leaf {@code index} in the tree of {@code size} leaves. */
    public List<String> inclusion(long index, long size) {
        Map<String, String> problems = new LinkedHashMap<>();
        long signed = signedSize();
        if (size < 1 || size > signed) {
            problems.put("size", "must be from 1 to the latest checkpoint's size, " + signed);
        }
        if (index < 0 || index >= size) {
            problems.put("index", "must be from 0 to size - 1");
        }
        refuseIfAny(problems);
        return encoded(MerkleTree.inclusion(store, index, size));
    }

    /** That the tree of {@code from} leaves is a prefix of that of {@code to}: empty when they are the same. */
    public List<String> consistency(long from, long to) {
        Map<String, String> problems = new LinkedHashMap<>();
        long signed = signedSize();
        if (from < 1) {
            problems.put("from", "must be at least 1");
        }
        if (to < from || to > signed) {
            problems.put("to", "must be from 'from' to the latest checkpoint's size, " + signed);
        }
        refuseIfAny(problems);
        return from == to ? List.of() : encoded(MerkleTree.consistency(store, from, to));
    }

    private long signedSize() {
        return store.latestCheckpoint().map(LogStore.Checkpoint::size).orElse(0L);
    }

    private static void refuseIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    private static List<String> encoded(List<byte[]> hashes) {
        return hashes.stream().map(Base64.getEncoder()::encodeToString).toList();
    }
}
