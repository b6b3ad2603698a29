package org.finops.certification.local;

import org.finops.certification.devtokens.DevTokens;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What a newcomer needs once the stack is up: where it runs and a token for each role. */
final class Banner {
    /** The apps' own development default; a real deployment sets CERT_JWT_SECRET or CERT_JWT_JWKS_URI. */
    private static final String DEV_SECRET = "local-development-secret-change-me-0123456789";

    private Banner() {
    }

    static void print(LocalPostgres postgres, LocalKafka kafka, Path home, String commandUrl, String queryUrl,
                      String consoleUrl) {
        String secret = System.getenv().getOrDefault("CERT_JWT_SECRET", DEV_SECRET);
        System.out.println("""

                ==================================================================
                 FinOps certification service is running
                   console       %s   (sign in as staff, a member or an auditor: development sign-in)
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
                """.formatted(consoleUrl, commandUrl, queryUrl, postgres.description(), kafka.bootstrapServers(),
                home,
                token(secret, "dev-staff", List.of("staff"), null),
                token(secret, "dev-auditor", List.of("auditor"), null),
                token(secret, "dev-member-acme", List.of("member"), "acme")));
    }

    private static String token(String secret, String subject, List<String> roles, String org) {
        return DevTokens.sign(secret, subject, roles, org, Duration.ofHours(12));
    }
}
