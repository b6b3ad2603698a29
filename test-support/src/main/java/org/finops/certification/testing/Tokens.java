package org.finops.certification.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** HS256 tokens as the identity provider would issue them in development. */
public final class Tokens {
    public static final String SECRET = "integration-test-secret-of-at-least-32-bytes!";

    private Tokens() {
    }

    public static String staff() {
        return sign(SECRET, "staff-ana", List.of("staff"), null);
    }

    public static String auditor() {
        return sign(SECRET, "auditor-bo", List.of("auditor"), null);
    }

    public static String member(String org) {
        return sign(SECRET, "user-of-" + org, List.of("member"), org);
    }

    public static String sign(String secret, String subject, List<String> roles, String org) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).claim("roles", roles)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(3600)));
        if (org != null) {
            claims.claim("org", org);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
