package org.finops.certification.identity;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.ParseException;
import java.util.List;
import java.util.UUID;

/**
 * The provider's signing keys: the JWK set in {@code CERT_IDP_KEY_FILE} (private keys included), read again whenever
 * the file changes, so a rotation is writing the file with a new key first and the old ones after it, without a
 * restart: the first key signs (tokens name it in {@code kid}), every key is published. Without a file, one RSA key
 * made at start-up.
 */
final class SigningKeys implements JWKSource<SecurityContext> {
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final Path file;
    private volatile Loaded loaded;

    private record Loaded(FileTime modified, JWKSet keys) {
    }

    private SigningKeys(Path file, Loaded loaded) {
        this.file = file;
        this.loaded = loaded;
    }

    static SigningKeys from(Path file) {
        if (file == null) {
            log.warn("CERT_IDP_KEY_FILE is not set: signing with a key made now, which ends with this process");
            try {
                return new SigningKeys(null, new Loaded(null, new JWKSet(new RSAKeyGenerator(2048)
                        .keyID(UUID.randomUUID().toString()).generate())));
            } catch (com.nimbusds.jose.JOSEException e) {
                throw new IllegalStateException("no RSA key could be made", e);
            }
        }
        SigningKeys keys = new SigningKeys(file, null);
        keys.current();
        return keys;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        try {
            return selector.select(current());
        } catch (IllegalStateException e) {
            throw new KeySourceException(e.getMessage(), e);
        }
    }

    /** The key that signs now: the first of the set. */
    String signingKeyId() {
        return current().getKeys().get(0).getKeyID();
    }

    /** The key set as the file holds it now; the private keys are only for signing, never published. */
    JWKSet current() {
        if (file == null) {
            return loaded.keys();
        }
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            Loaded known = loaded;
            if (known == null || !known.modified().equals(modified)) {
                JWKSet keys = JWKSet.parse(Files.readString(file));
                if (keys.getKeys().isEmpty() || !keys.getKeys().get(0).isPrivate()) {
                    throw new IllegalStateException("the key file " + file + " must start with a private key");
                }
                loaded = new Loaded(modified, keys);
                log.info("Signing with key {} of {} in {}", keys.getKeys().get(0).getKeyID(), keys.size(), file);
            }
            return loaded.keys();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("the key file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
