package org.finops.certification.query.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * The VC-JWT form Open Badges 3.0 specifies: the credential in the {@code vc} claim, with {@code iss} (the issuer's
 * id), {@code sub} (the subject's id), {@code jti} (the credential's id), {@code nbf} and {@code exp} (its validity)
 * beside it, signed RS256 under a {@code kid} that is both a verification method of the issuer's DID document and
 * the {@code kid} of a key in its JWKS.
 */
@Component
public class VcJwt {
    private static final JsonMapper JSON = CredentialJson.MAPPER;

    private final IssuerKeys keys;

    public VcJwt(IssuerKeys keys) {
        this.keys = keys;
    }

    public String sign(ObjectNode credential) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuerId(credential))
                .subject(credential.path("credentialSubject").path("id").asString(null))
                .jwtID(credential.path("id").asString(null))
                .notBeforeTime(date(credential.path("validFrom").asString(null)))
                .claim("vc", JSON.convertValue(credential, new TypeReference<Map<String, Object>>() { }));
        Date expiry = date(credential.path("validUntil").asString(null));
        if (expiry != null) {
            claims.expirationTime(expiry);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID(keys.signingRsaKeyId()).build(), claims.build());
            jwt.sign(new RSASSASigner(keys.signingRsa()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The credential a JWT carries, with whether its signature holds under the issuer key its header names. */
    public Optional<Read> read(String compact) {
        try {
            SignedJWT jwt = SignedJWT.parse(compact.strip());
            Object vc = jwt.getJWTClaimsSet().getClaim("vc");
            if (!(vc instanceof Map<?, ?>)) {
                return Optional.empty();
            }
            ObjectNode credential = JSON.valueToTree(vc);
            String kid = jwt.getHeader().getKeyID();
            Optional<RSAKey> key = kid == null ? Optional.empty() : keys.rsa(kid);
            boolean signed = key.isPresent() && JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                    && jwt.verify(new RSASSAVerifier(key.get()));
            boolean claimsAgree = issuerId(credential).equals(jwt.getJWTClaimsSet().getIssuer())
                    && credential.path("id").asString("").equals(jwt.getJWTClaimsSet().getJWTID());
            return Optional.of(new Read(credential, kid, signed, key.isPresent(), claimsAgree));
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String issuerId(ObjectNode credential) {
        return credential.path("issuer").isObject() ? credential.path("issuer").path("id").asString("")
                : credential.path("issuer").asString("");
    }

    private static Date date(String instant) {
        return instant == null ? null : Date.from(Instant.parse(instant));
    }

    /**
     * @param signed      the signature holds under the key the header names
     * @param knownKey    the header names one of the issuer's keys
     * @param claimsAgree {@code iss} and {@code jti} say what the credential inside says
     */
    public record Read(ObjectNode credential, String keyId, boolean signed, boolean knownKey, boolean claimsAgree) {
    }
}
