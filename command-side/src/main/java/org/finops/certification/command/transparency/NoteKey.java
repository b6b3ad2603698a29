package org.finops.certification.command.transparency;

import org.finops.certification.support.crypto.Ed25519;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The log's signing key as a C2SP signed-note key: an Ed25519 key with a name (the log's origin), kept in the note
 * format's own text, {@code PRIVATE+KEY+<name>+<key hash>+<base64(0x01 || seed)>}, so that the Go tools read the
 * same file; the verifier key is {@code <name>+<key hash>+<base64(0x01 || public key)>}. The key hash is the first
 * four bytes of SHA-256(name || "\n" || 0x01 || public key).
 */
record NoteKey(String name, byte[] seed, byte[] publicKey) {
    private static final byte ED25519 = 0x01;
    private static final String PRIVATE = "PRIVATE+KEY+";

    NoteKey {
        if (name.isEmpty() || name.contains("+") || name.chars().anyMatch(c -> Character.isWhitespace(c)
                || Character.isISOControl(c))) {
            throw new IllegalArgumentException("a note key's name has no spaces and no '+': " + name);
        }
    }

    static NoteKey generate(String name) {
        byte[][] pair = Ed25519.generate();
        return new NoteKey(name, pair[0], pair[1]);
    }

    /** Reads the private key text; the public key is derived from the seed and checked against the key hash. */
    static NoteKey parse(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith(PRIVATE)) {
            throw new IllegalArgumentException("not a signed-note private key (PRIVATE+KEY+<name>+<hash>+<key>)");
        }
        // the name and the hash have no '+'; the base64 key may
        String[] parts = trimmed.substring(PRIVATE.length()).split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a signed-note private key has a name, a key hash and a key");
        }
        byte[] key = Base64.getDecoder().decode(parts[2]);
        if (key.length != 33 || key[0] != ED25519) {
            throw new IllegalArgumentException("only Ed25519 note keys (0x01 and 32 bytes) are read");
        }
        byte[] seed = Arrays.copyOfRange(key, 1, 33);
        NoteKey parsed = new NoteKey(parts[0], seed, Ed25519.publicKeyOf(seed));
        if (!parsed.hashHex().equals(parts[1])) {
            throw new IllegalArgumentException("the note key's hash does not match its name and key");
        }
        return parsed;
    }

    String privateKeyText() {
        return PRIVATE + name + "+" + hashHex() + "+" + Base64.getEncoder().encodeToString(prefixed(seed));
    }

    String verifierKey() {
        return name + "+" + hashHex() + "+" + Base64.getEncoder().encodeToString(prefixed(publicKey));
    }

    /** The note with this key's signature line: text, a blank line, {@code — <name> <base64(hash || signature)>}. */
    String sign(String text) {
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("a note's text ends with a newline");
        }
        byte[] signature = Ed25519.sign(seed, text.getBytes(StandardCharsets.UTF_8));
        byte[] signed = new byte[4 + signature.length];
        System.arraycopy(hash(), 0, signed, 0, 4);
        System.arraycopy(signature, 0, signed, 4, signature.length);
        return text + "\n\u2014 " + name + " " + Base64.getEncoder().encodeToString(signed) + "\n";
    }

    private byte[] hash() {
        MessageDigest sha256 = MerkleTree.sha256();
        sha256.update(name.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) '\n');
        sha256.update(prefixed(publicKey));
        return Arrays.copyOf(sha256.digest(), 4);
    }

    private String hashHex() {
        return HexFormat.of().formatHex(hash());
    }

    private static byte[] prefixed(byte[] key) {
        byte[] prefixed = new byte[key.length + 1];
        prefixed[0] = ED25519;
        System.arraycopy(key, 0, prefixed, 1, key.length);
        return prefixed;
    }
}
