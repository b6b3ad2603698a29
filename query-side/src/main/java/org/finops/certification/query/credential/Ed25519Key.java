package org.finops.certification.query.credential;

import com.apicatalog.multibase.Multibase;
import org.finops.certification.support.crypto.Ed25519;


/**
 * An Ed25519 key as Data Integrity names it: the raw 32-byte public key, published as a Multikey
 * ({@code publicKeyMultibase}: base58btc of the multicodec {@code ed25519-pub} prefix and the key), and, for the
 * issuer's own keys, the 32-byte private seed. Signing and verifying are the JDK's own Ed25519.
 */
public record Ed25519Key(String keyId, byte[] publicKey, byte[] seed) {
    private static final byte[] MULTICODEC_ED25519_PUB = {(byte) 0xed, 0x01};

    public static Ed25519Key generate(String keyId) {
        byte[][] pair = Ed25519.generate();
        return new Ed25519Key(keyId, pair[1], pair[0]);
    }

    public String publicKeyMultibase() {
        byte[] prefixed = new byte[MULTICODEC_ED25519_PUB.length + publicKey.length];
        System.arraycopy(MULTICODEC_ED25519_PUB, 0, prefixed, 0, MULTICODEC_ED25519_PUB.length);
        System.arraycopy(publicKey, 0, prefixed, MULTICODEC_ED25519_PUB.length, publicKey.length);
        return Multibase.BASE_58_BTC.encode(prefixed);
    }

    public byte[] sign(byte[] data) {
        if (seed == null) {
            throw new IllegalStateException("key " + keyId + " is published for verification only");
        }
        return Ed25519.sign(seed, data);
    }

    public boolean verify(byte[] data, byte[] signatureBytes) {
        return Ed25519.verify(publicKey, data, signatureBytes);
    }
}
