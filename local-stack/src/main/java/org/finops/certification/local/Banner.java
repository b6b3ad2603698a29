package org.finops.certification.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** What a newcomer needs once the stack is up: where it runs and a token for each role. */
final class Banner {
    /** The apps' own development default; a real deployment sets CERT_JWT_SECRET or CERT_JWT_JWKS_URI. */
    private static final String DEV_SECRET = "local-development-secret-change-me-0123456789";

    private Banner() {
    }

    static void print(LocalPostgres postgres, LocalKafka kafka, Path home, String commandUrl, String queryUrl)
            throws JOSEException {
        String secret = System.getenv().getOrDefault("CERT_JWT_SECRET", DEV_SECRET);
        System.out.println("""

                ==================================================================
                 FinOps certification service is running
                   command-side  %s   (OpenAPI: /v3/api-docs, Swagger UI: /swagger-ui.html)
                   query-side    %s   (directory: /api/v1/directory, no token)
                   database      %s
                   kafka         %s   (topic certification.events.v1)
                   data and logs %s
                 Dev tokens (valid 12 hours):
                   STAFF=%s
                   AUDITOR=%s
                   MEMBER_ACME=%s
                 Try requests.http, or:
                   curl -H "Authorization: Bearer $STAFF" ...
                 Ctrl-C stops everything; the data stays for the next start.
                ==================================================================
                """.formatted(commandUrl, queryUrl, postgres.description(), kafka.bootstrapServers(), home,
                token(secret, "dev-staff", List.of("staff"), null),
                token(secret, "dev-auditor", List.of("auditor"), null),
                token(secret, "dev-member-acme", List.of("member"), "acme")));
    }

    private static String token(String secret, String subject, List<String> roles, String org) throws JOSEException {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).claim("roles", roles)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(12 * 3600)));
        if (org != null) {
            claims.claim("org", org);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
