package org.finops.certification.query.credential;

import com.apicatalog.multibase.Multibase;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An Ed25519 key as Data Integrity names it: the raw 32-byte public key, published as a Multikey
 * ({@code publicKeyMultibase}: base58btc of the multicodec {@code ed25519-pub} prefix and the key), and, for the
 * issuer's own keys, the 32-byte private seed. Signing and verifying are the JDK's own Ed25519.
 */
public record Ed25519Key(String keyId, byte[] publicKey, byte[] seed) {
    private static final byte[] MULTICODEC_ED25519_PUB = {(byte) 0xed, 0x01};
    // the DER header of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410), followed by the 32 key bytes
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    public static Ed25519Key generate(String keyId) {
        try {
            var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] x509 = pair.getPublic().getEncoded();
            byte[] pkcs8 = pair.getPrivate().getEncoded();
            return new Ed25519Key(keyId, Arrays.copyOfRange(x509, x509.length - 32, x509.length),
                    Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
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
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean verify(byte[] data, byte[] signatureBytes) {
        try {
            byte[] x509 = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + publicKey.length);
            System.arraycopy(publicKey, 0, x509, X509_PREFIX.length, publicKey.length);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
