package org.finops.certification.command.transparency;

import org.finops.certification.support.crypto.Sha256;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 §2.1 over a log whose complete subtrees are kept: the hash of leaves
 * {@code [i·2^l, (i+1)·2^l)} is node {@code (l, i)}, stored once that subtree is full, so the root of any size and
 * every proof are a few dozen lookups. Proof hashes come in the RFC's order: the one nearest the leaf (or the old
 * tree) first.
 */
final class MerkleTree {
    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;

    /** The stored complete subtrees. */
    @FunctionalInterface
    interface Nodes {
        byte[] hash(int level, long index);
    }

    /** A complete subtree's hash, to be stored. */
    record Node(int level, long index, byte[] hash) {
    }

    private MerkleTree() {
    }

    static byte[] leafHash(byte[] leaf) {
        MessageDigest sha256 = sha256();
        sha256.update(LEAF);
        return sha256.digest(leaf);
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha256 = sha256();
        sha256.update(NODE);
        sha256.update(left);
        return sha256.digest(right);
    }

    /** The subtrees that leaf {@code index} completes: the leaf itself, then each parent it is the right half of. */
    static List<Node> completedBy(long index, byte[] leafHash, Nodes stored) {
        List<Node> completed = new ArrayList<>();
        Node node = new Node(0, index, leafHash);
        completed.add(node);
        while (node.index() % 2 == 1) {
            byte[] left = stored.hash(node.level(), node.index() - 1);
            node = new Node(node.level() + 1, node.index() / 2, nodeHash(left, node.hash()));
            completed.add(node);
        }
        return completed;
    }

    /** MTH(D[0:size]); the empty tree's is the hash of nothing. */
    static byte[] root(Nodes stored, long size) {
        return size == 0 ? sha256().digest() : hash(stored, 0, size);
    }

    /** PATH(index, D[0:size]): the audit path of the leaf in the tree of that size. */
    static List<byte[]> inclusion(Nodes stored, long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(stored, index, 0, size, path);
        return path;
    }

    /** PROOF(from, D[0:to]): that the tree of size {@code from} is a prefix of the tree of size {@code to}. */
    static List<byte[]> consistency(Nodes stored, long from, long to) {
        if (from <= 0 || from > to) {
            throw new IllegalArgumentException("no consistency proof from " + from + " to " + to);
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(stored, from, 0, to, true, proof);
        return proof;
    }

    private static void path(Nodes stored, long index, long lo, long hi, List<byte[]> path) {
        if (hi - lo == 1) {
            return;
        }
        long k = split(hi - lo);
        if (index < lo + k) {
            path(stored, index, lo, lo + k, path);
            path.add(hash(stored, lo + k, hi));
        } else {
            path(stored, index, lo + k, hi, path);
            path.add(hash(stored, lo, lo + k));
        }
    }

    /** SUBPROOF of RFC 9162 §2.1.4.1, with {@code from} counted from the start of the whole tree. */
    private static void subproof(Nodes stored, long from, long lo, long hi, boolean whole, List<byte[]> proof) {
        if (from == hi) {
            if (!whole) {
                proof.add(hash(stored, lo, hi));
            }
            return;
        }
        long k = split(hi - lo);
        if (from - lo <= k) {
            subproof(stored, from, lo, lo + k, whole, proof);
            proof.add(hash(stored, lo + k, hi));
        } else {
            subproof(stored, from, lo + k, hi, false, proof);
            proof.add(hash(stored, lo, lo + k));
        }
    }

    /** MTH(D[lo:hi]): a stored node when the range is a complete subtree, else its two halves. */
    private static byte[] hash(Nodes stored, long lo, long hi) {
        long width = hi - lo;
        if (Long.bitCount(width) == 1 && lo % width == 0) {
            int level = Long.numberOfTrailingZeros(width);
            return stored.hash(level, lo >> level);
        }
        long k = split(width);
        return nodeHash(hash(stored, lo, lo + k), hash(stored, lo + k, hi));
    }

    /** The largest power of two smaller than {@code width} (at least 2). */
    private static long split(long width) {
        return Long.highestOneBit(width - 1);
    }

    /** A fresh SHA-256, the log's one hash. */
    static MessageDigest sha256() {
        return Sha256.digest();
    }
}
