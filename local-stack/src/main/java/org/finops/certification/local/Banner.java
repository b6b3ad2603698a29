package org.finops.certification.local;

import org.finops.certification.servers.AppProcess;
import org.finops.certification.servers.IdentityAccounts;
import org.finops.certification.servers.IdentityServer;
import org.finops.certification.tokens.DevTokens;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a newcomer needs once the stack is up: where it runs, who can sign in, and a token for each role. */
final class Banner {
    private Banner() {
    }

    static void print(LocalPostgres postgres, LocalKafka kafka, Path home, List<AppProcess> apps,
                      IdentityServer identity, Map<String, String> tokens) {
        String secret = tokens.get("CERT_JWT_SECRET");
        DevTokens.Issuer issuer = new DevTokens.Issuer(tokens.get("CERT_JWT_ISSUER"), tokens.get("CERT_JWT_AUDIENCE"));
        System.out.println("""

                ==================================================================
                 FinOps certification service is running
                   console       %s   (sign in through the identity provider)
                   identity      %s   (OpenID Connect provider; people below)
                   command-side  %s   (OpenAPI: /v3/api-docs, Swagger UI: /swagger-ui.html)
                   query-side    %s   (directory: /api/v1/directory, no token)
                   database      %s
                   kafka         %s   (topic certification.events.v1)
                   data and logs %s
                 People of the identity provider (user / password, made for this data directory):
                %s
                 Tokens for curl (HS256 with this data directory's secret, valid 12 hours):
                   STAFF=%s
                   AUDITOR=%s
                   MEMBER_ACME=%s
                 Try requests.http, or:
                   curl -H "Authorization: Bearer $STAFF" ...
                 Ctrl-C stops everything; the data stays for the next start.
                ==================================================================
                """.formatted(apps.get(2).url(), identity.issuer(), apps.get(0).url(), apps.get(1).url(),
                postgres.description(), kafka.bootstrapServers(), home, people(identity),
                token(secret, issuer, "dev-staff", List.of("staff"), null),
                token(secret, issuer, "dev-auditor", List.of("auditor"), null),
                token(secret, issuer, "dev-member-acme", List.of("member"), "acme")));
    }

    private static String people(IdentityServer identity) {
        return identity.people().stream().map(person -> "   %-9s %-18s %s".formatted(person.username(),
                identity.password(person.username()), description(person))).collect(Collectors.joining("\n"));
    }

    private static String description(IdentityAccounts.Person person) {
        return String.join(", ", person.roles()) + (person.org() == null ? "" : " of " + person.org());
    }

    private static String token(String secret, DevTokens.Issuer issuer, String subject, List<String> roles,
                                String org) {
        return DevTokens.sign(secret, issuer, subject, roles, org, Duration.ofHours(12));
    }
}
