package org.finops.certification.command.transparency;

import org.finops.certification.testing.GoVerifier;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log's hashing, proofs and signed checkpoints, checked by Go's sumdb/note and sumdb/tlog ({@link GoVerifier}):
 * every inclusion and consistency proof of trees up to 33 leaves, and some of 1,000, is accepted; a forged leaf, a
 * rewritten log, a changed checkpoint and another key's signature are refused.
 */
class OutsideVerifierTest {
    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    @Test
    void goAcceptsTheProofsAndCheckpointsAndRefusesForgeries() throws Exception {
        MemoryLog log = MemoryLog.of(1000, i -> "{\"event\":" + i + "}");
        MemoryLog rewritten = MemoryLog.of(1000, i -> "{\"event\":" + (i == 5 ? "\"edited\"" : i) + "}");
        NoteKey key = NoteKey.generate("certification.example/certification-log");
        List<String> checks = new ArrayList<>();
        List<String> expected = new ArrayList<>();

        String note = key.sign(key.name() + "\n1000\n" + BASE64.encodeToString(log.root(1000)) + "\n");
        check(checks, expected, "ok", "note " + key.verifierKey() + " " + base64(note));
        check(checks, expected, "fail", "note " + key.verifierKey() + " " + base64(note.replace("\n1000\n", "\n999\n")));
        check(checks, expected, "fail", "note " + NoteKey.generate(key.name()).verifierKey() + " " + base64(note));

        for (long size = 1; size <= 33; size++) {
            for (long index = 0; index < size; index++) {
                check(checks, expected, "ok", inclusion(log, log, index, size));
            }
            for (long from = 1; from <= size; from++) {
                check(checks, expected, "ok", consistency(log, log, from, size));
            }
        }
        for (long[] pair : new long[][]{{0, 1000}, {511, 1000}, {512, 1000}, {999, 1000}, {700, 777}}) {
            check(checks, expected, "ok", inclusion(log, log, pair[0], pair[1]));
        }
        for (long[] pair : new long[][]{{1, 1000}, {511, 512}, {512, 1000}, {777, 999}, {1000, 1000}}) {
            check(checks, expected, "ok", consistency(log, log, pair[0], pair[1]));
        }
        // the leaf with one field changed, against the true root and path
        check(checks, expected, "fail", inclusion(log, rewritten, 5, 1000).replace(leaf(log, 5), leaf(rewritten, 5)));
        // a log rebuilt from an edited history, against a checkpoint taken before (size 10) and after
        check(checks, expected, "fail", consistency(log, rewritten, 10, 1000));
        check(checks, expected, "fail", consistency(rewritten, log, 10, 1000));

        List<String> answers = GoVerifier.check(checks);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            String answer = i < answers.size() ? answers.get(i) : "no answer";
            if (!answer.startsWith(expected.get(i))) {
                wrong.add(answer + " for " + checks.get(i).substring(0, Math.min(120, checks.get(i).length())));
            }
        }
        assertThat(wrong).as("answers unlike expected, of " + checks.size()).isEmpty();
    }

    private static void check(List<String> checks, List<String> expected, String outcome, String check) {
        checks.add(check);
        expected.add(outcome);
    }

    /** The proof and leaf from {@code served}, checked against the root of {@code trusted}. */
    private static String inclusion(MemoryLog trusted, MemoryLog served, long index, long size) {
        return "inclusion " + index + " " + size + " " + BASE64.encodeToString(trusted.root(size)) + " "
                + leaf(served, index) + " " + hashes(MerkleTree.inclusion(served, index, size));
    }

    /** The proof from {@code served}, between an old root of {@code trusted} and the new root of {@code served}. */
    private static String consistency(MemoryLog trusted, MemoryLog served, long from, long to) {
        List<byte[]> proof = from == to ? List.of() : MerkleTree.consistency(served, from, to);
        return "consistency " + from + " " + to + " " + BASE64.encodeToString(trusted.root(from)) + " "
                + BASE64.encodeToString(served.root(to)) + " " + hashes(proof);
    }

    private static String leaf(MemoryLog log, long index) {
        return BASE64.encodeToString(log.leaves.get((int) index));
    }

    private static String hashes(List<byte[]> hashes) {
        return hashes.isEmpty() ? "-" : String.join(",", hashes.stream().map(BASE64::encodeToString).toList());
    }

    private static String base64(String text) {
        return BASE64.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A log kept in memory, appended to as the service's store is ({@link MerkleTree#completedBy}). */
    private record MemoryLog(List<byte[]> leaves, Map<String, byte[]> nodes) implements MerkleTree.Nodes {
        static MemoryLog of(int size, java.util.function.IntFunction<String> leaf) {
            MemoryLog log = new MemoryLog(new ArrayList<>(), new HashMap<>());
            for (int i = 0; i < size; i++) {
                byte[] bytes = leaf.apply(i).getBytes(StandardCharsets.UTF_8);
                log.leaves.add(bytes);
                MerkleTree.completedBy(i, MerkleTree.leafHash(bytes), log)
                        .forEach(node -> log.nodes.put(node.level() + "/" + node.index(), node.hash()));
            }
            return log;
        }

        @Override
        public byte[] hash(int level, long index) {
            return nodes.get(level + "/" + index);
        }

        byte[] root(long size) {
            return MerkleTree.root(this, size);
        }
    }
}
