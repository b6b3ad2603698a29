package org.finops.certification.testing;

import org.finops.certification.tokens.DevTokens;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.time.Duration;
import java.util.List;

/** Tokens of each role for the tests, signed with the secret the tests give the apps. */
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
        return DevTokens.sign(secret, subject, roles, org, Duration.ofHours(1));
    }

    /** The same caller's token, with the issuer and audience that apps trusting an identity provider require. */
    public static String issuedBy(String token, DevTokens.Issuer issuer) {
        try {
            JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
            return DevTokens.sign(SECRET, issuer, claims.getSubject(), claims.getStringListClaim("roles"),
                    claims.getStringClaim("org"), Duration.ofHours(1));
        } catch (ParseException e) {
            throw new IllegalArgumentException("not one of the tests' tokens: " + token, e);
        }
    }
}
