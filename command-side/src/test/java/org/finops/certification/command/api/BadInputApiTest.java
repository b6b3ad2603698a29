package org.finops.certification.command.api;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of malformed, oversized, wrongly typed and unauthorised requests: not one 5xx, and not one event
 * written. The mutations are seeded, so a failure can be replayed.
 */
class BadInputApiTest extends ApiTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long SEED = 20261127L;
    private static final int REQUESTS = 3000;

    @Test
    void badRequestsNeverFailTheServerAndNeverChangeState() {
        String memberId = certifiedMember("target");
        String certificationId = certificationOf(memberId);
        String applicationId = jdbc.queryForObject("SELECT application_id FROM application_owner WHERE member_id = ?",
                String.class, memberId);
        Long eventsBefore = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        Random random = new Random(SEED);
        List<Target> targets = List.of(
                new Target("POST", MEMBERS, registration("fresh-member")),
                new Target("PUT", MEMBERS + "/" + memberId + "/standing", Map.of("goodStanding", false, "reason", "x")),
                new Target("PUT", MEMBERS + "/" + memberId + "/size-band", Map.of("sizeBand", "5000_PLUS", "reason", "x")),
                new Target("POST", MEMBERS + "/" + memberId + "/individual-certifications", Map.of("personId", "p",
                        "type", "ENGINEER", "credentialId", "fresh-credential", "issuedOn", "2025-01-01")),
                new Target("POST", "/api/v1/applications", platformApplication(memberId)),
                new Target("POST", "/api/v1/applications/" + applicationId + "/reject", Map.of("reason", "x")),
                new Target("POST", "/api/v1/certifications/" + certificationId + "/revoke", Map.of("reason", "x")),
                new Target("POST", "/api/v1/certifications/" + certificationId + "/renewals", platformRenewal()),
                new Target("POST", "/api/v1/legacy-certifications", Map.of("memberId", memberId, "legacyType",
                        "LEGACY_PLATFORM", "grantedOn", "2025-01-01", "expiresOn", "2027-01-01",
                        "externalReference", "L-1")),
                new Target("PUT", "/api/v1/policies/fresh-policy", PolicyDocuments.shippedWith("validity", "P12M")));
        Map<Integer, Integer> statuses = new TreeMap<>();

        for (int i = 0; i < REQUESTS; i++) {
            Target target = targets.get(random.nextInt(targets.size()));
            Object sent = target.body();
            Api.Reply reply = switch (random.nextInt(4)) {
                case 0 -> api.send(target.method(), target.path(), badToken(random, memberId), sent, Map.of());
                case 1 -> api.send(target.method(), target.path(), Tokens.staff(), sent = malformed(random, sent),
                        Map.of());
                case 2 -> api.send(target.method(), target.path(), Tokens.staff(), sent = mutated(random, sent),
                        Map.of());
                default -> api.send(random.nextBoolean() ? "PATCH" : "DELETE", target.path() + "/x" + i,
                        Tokens.staff(), sent, Map.of());
            };
            statuses.merge(reply.status(), 1, Integer::sum);
            assertThat(reply.status()).as("request %d %s %s with %s: %s", i, target.method(), target.path(),
                    String.valueOf(sent).substring(0, Math.min(300, String.valueOf(sent).length())), reply)
                    .isBetween(400, 499);
            assertThat(reply.body()).as("request %d", i).doesNotContain("Exception", "\tat ", "SQLState");
        }

        System.out.println("bad input: " + REQUESTS + " requests, statuses " + statuses + ", zero 5xx");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class))
                .as("no event written").isEqualTo(eventsBefore);
    }

    /** No token, a forged one, an expired one, or a member of another organisation. */
    private static String badToken(Random random, String memberId) {
        return switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> Tokens.sign("forged-secret-forged-secret-forged-secret", "eve", List.of("staff"), null);
            case 2 -> "eyJhbGciOiJub25lIn0.eyJzdWIiOiJldmUifQ.";
            case 3 -> Tokens.member("other-" + memberId);
            default -> Tokens.auditor();
        };
    }

    /** Not JSON a parser accepts, or more bytes than a command may carry. */
    private static String malformed(Random random, Object body) {
        String json = JSON.writeValueAsString(body);
        return switch (random.nextInt(4)) {
            case 0 -> json.substring(0, 1 + random.nextInt(Math.max(1, json.length() - 2)));
            case 1 -> json.replace("\"", "");
            case 2 -> "{\"padding\":\"" + "x".repeat(70_000 + random.nextInt(10_000)) + "\"}";
            default -> new String(randomBytes(random), java.nio.charset.StandardCharsets.ISO_8859_1);
        };
    }

    /** Valid JSON that breaks the body's contract: a required field gone, or a field of the wrong type. */
    @SuppressWarnings("unchecked")
    private static Object mutated(Random random, Object body) {
        Map<String, Object> copy = new HashMap<>((Map<String, Object>) body);
        List<String> fields = new ArrayList<>(copy.keySet());
        fields.sort(String::compareTo);
        String field = fields.get(random.nextInt(fields.size()));
        if (random.nextBoolean() && !isOptional(field)) {
            copy.remove(field);
        } else {
            copy.put(field, wrongTypeFor(copy.get(field)));
        }
        return copy;
    }

    /** A value Jackson will not coerce into the field's type. */
    private static Object wrongTypeFor(Object original) {
        return switch (original) {
            case String text -> List.of(1, 2);
            case Boolean flag -> "maybe";
            case Number number -> "many";
            default -> "TELEPORT";
        };
    }

    private static boolean isOptional(String field) {
        return List.of("focus", "community", "expiresOn", "reminders", "countsToward").contains(field);
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static Map<String, Object> registration(String memberId) {
        return Map.of("memberId", memberId, "legalName", "Fresh", "sizeBand", "LT_100", "goodStanding", true,
                "contactEmail", "f@f.example");
    }

    private record Target(String method, String path, Object body) {
    }
}
