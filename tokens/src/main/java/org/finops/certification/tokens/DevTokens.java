package org.finops.certification.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * HS256 tokens with the contract's claims (sub, roles, org), for the local stack's banner, its development sign-in
 * and the tests. The APIs accept them only where {@code CERT_JWT_SECRET} is set explicitly, and, where an issuer and
 * an audience are required, only with those.
 */
public final class DevTokens {
    private DevTokens() {
    }

    /** Who issues the tokens and for whom: null where the APIs require neither. */
    public record Issuer(String issuer, String audience) {
        public static final Issuer NONE = new Issuer(null, null);
    }

    public static String sign(String secret, String subject, List<String> roles, String org, Duration validFor) {
        return sign(secret, Issuer.NONE, subject, roles, org, validFor);
    }

    public static String sign(String secret, Issuer issuer, String subject, List<String> roles, String org,
                              Duration validFor) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).claim("roles", roles)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(validFor)));
        if (org != null) {
            claims.claim("org", org);
        }
        if (issuer.issuer() != null) {
            claims.issuer(issuer.issuer());
        }
        if (issuer.audience() != null) {
            claims.audience(issuer.audience());
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("the secret cannot sign HS256 tokens", e);
        }
    }
}
