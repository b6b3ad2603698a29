package org.finops.certification.query.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The issuer's signing keys, read from a JWK set file ({@code CERT_CREDENTIAL_KEY_FILE}, private parts included):
 * the first RSA key signs the VC-JWTs (RS256), the first Ed25519 key the Data Integrity proofs, and every key in
 * the file is published, so a rotation puts the new keys first and keeps the old ones after them: what they signed
 * keeps verifying. Without a file the keys are made at start-up and lost at exit (development only, said loudly).
 */
@Component
public class IssuerKeys {
    private static final Logger LOG = LoggerFactory.getLogger(IssuerKeys.class);

    private final Issuer issuer;
    private final List<RSAKey> rsa = new ArrayList<>();
    private final List<Ed25519Key> ed25519 = new ArrayList<>();

    public IssuerKeys(Issuer issuer, @Value("${cert.credentials.key-file:}") String keyFile) {
        this.issuer = issuer;
        JWKSet keys;
        if (keyFile.isBlank()) {
            LOG.warn("CERT_CREDENTIAL_KEY_FILE is not set: credentials are signed with keys made now, which no one"
                    + " can verify after this process ends; set it in production (docs/operations.md)");
            keys = generate(LocalDate.now().toString());
        } else {
            keys = read(Path.of(keyFile));
        }
        for (JWK key : keys.getKeys()) {
            if (key instanceof RSAKey rsaKey) {
                rsa.add(rsaKey);
            } else if (key instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
                ed25519.add(new Ed25519Key(issuer.verificationMethod(okp.getKeyID()), okp.getX().decode(),
                        okp.getD() == null ? null : okp.getD().decode()));
            }
        }
        if (rsa.isEmpty() || ed25519.isEmpty() || !rsa.getFirst().isPrivate()
                || ed25519.getFirst().seed() == null) {
            throw new IllegalStateException("the credential key file " + keyFile + " must hold an RSA and an Ed25519"
                    + " private key first (make one with CredentialKeyFile, docs/operations.md)");
        }
    }

    /** A new RSA (2048-bit) and Ed25519 key pair, each with a kid that says when it was made. */
    public static JWKSet generate(String label) {
        try {
            RSAKey rsaKey = new RSAKeyGenerator(2048).keyID("rsa-" + label).generate();
            Ed25519Key edKey = Ed25519Key.generate("ed25519-" + label);
            OctetKeyPair okp = new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(edKey.publicKey()))
                    .d(Base64URL.encode(edKey.seed())).keyID(edKey.keyId()).build();
            return new JWKSet(List.of(rsaKey, okp));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static JWKSet read(Path file) {
        try {
            return JWKSet.parse(Files.readString(file));
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("cannot read the credential key file " + file + ": " + e.getMessage(), e);
        }
    }

    public RSAKey signingRsa() {
        return rsa.getFirst();
    }

    public String signingRsaKeyId() {
        return issuer.verificationMethod(rsa.getFirst().getKeyID());
    }

    public Ed25519Key signingEd25519() {
        return ed25519.getFirst();
    }

    /** The RSA key a JWT header names by its verification method id. */
    public Optional<RSAKey> rsa(String verificationMethod) {
        return rsa.stream().filter(key -> issuer.verificationMethod(key.getKeyID()).equals(verificationMethod))
                .findFirst();
    }

    public Optional<Ed25519Key> ed25519(String verificationMethod) {
        return ed25519.stream().filter(key -> key.keyId().equals(verificationMethod)).findFirst();
    }

    public List<Ed25519Key> allEd25519() {
        return List.copyOf(ed25519);
    }

    /** The public keys, each with its verification method id as {@code kid}: what a JWT header names. */
    public JWKSet published() {
        List<JWK> keys = new ArrayList<>();
        rsa.forEach(key -> keys.add(new RSAKey.Builder(key.toPublicJWK()).keyID(issuer.verificationMethod(
                key.getKeyID())).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build()));
        ed25519.forEach(key -> keys.add(new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(key.publicKey()))
                .keyID(key.keyId()).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.EdDSA).build()));
        return new JWKSet(keys);
    }
}
