package org.finops.certification.command.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each role on each endpoint: members act only for their own organisation, staff decide, auditors read. */
class AccessApiTest extends ApiTestBase {

    @Test
    void aMemberOfAnotherOrganisationIsForbiddenEverywhere() {
        String memberId = certifiedMember("guarded");
        String certificationId = certificationOf(memberId);
        String applicationId = submitOpenServiceProviderApplication(memberId);
        String intruder = Tokens.member("intruder");

        List<Api.Reply> replies = List.of(
                api.post(MEMBERS, intruder, Map.of("memberId", "x", "legalName", "X", "sizeBand", "LT_100",
                        "goodStanding", true, "contactEmail", "x@x.example")),
                api.put(MEMBERS + "/" + memberId + "/standing", intruder, Map.of("goodStanding", false, "reason", "x")),
                api.put(MEMBERS + "/" + memberId + "/size-band", intruder, Map.of("sizeBand", "LT_100", "reason", "x")),
                api.post(MEMBERS + "/" + memberId + "/individual-certifications", intruder, Map.of("personId", "p",
                        "type", "ENGINEER", "credentialId", "stolen-1", "issuedOn", "2025-01-01")),
                api.send("DELETE", MEMBERS + "/" + memberId + "/individual-certifications/" + memberId
                        + "-ENGINEER-0?reason=x", intruder, null, Map.of()),
                api.post("/api/v1/applications", intruder, platformApplication(memberId)),
                api.post("/api/v1/applications/" + applicationId + "/approve", intruder, Map.of()),
                api.post("/api/v1/applications/" + applicationId + "/reject", intruder, Map.of("reason", "x")),
                api.post("/api/v1/applications/" + applicationId + "/withdraw", intruder, Map.of()),
                api.post("/api/v1/certifications/" + certificationId + "/renewals", intruder, platformRenewal()),
                api.post("/api/v1/certifications/" + certificationId + "/revoke", intruder, Map.of("reason", "x")),
                api.post("/api/v1/certifications/" + certificationId + "/transfer", intruder, Map.of("toMemberId", "i")),
                api.post("/api/v1/certifications/" + certificationId + "/white-label-partners", intruder,
                        Map.of("partnerMemberId", "intruder")),
                api.post("/api/v1/legacy-certifications", intruder, Map.of("memberId", memberId, "legacyType",
                        "LEGACY_PLATFORM", "grantedOn", "2025-01-01", "expiresOn", "2027-01-01",
                        "externalReference", "x")),
                api.put("/api/v1/policies/intruder-1", intruder, PolicyDocuments.shippedWith("validity", "P1M")));

        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.text("code")).isEqualTo("FORBIDDEN");
        });
        assertThat(eventsOf(memberId, "TransferRefused")).isZero();
    }

    @Test
    void anAuditorChangesNothing() {
        String memberId = registerMember("audited", "LT_100");
        String auditor = Tokens.auditor();
        assertThat(api.put(MEMBERS + "/" + memberId + "/standing", auditor,
                Map.of("goodStanding", false, "reason", "x")).status()).isEqualTo(403);
        assertThat(api.post(MEMBERS + "/" + memberId + "/individual-certifications", auditor, Map.of("personId", "p",
                "type", "ENGINEER", "credentialId", memberId + "-a", "issuedOn", "2025-01-01")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/applications", auditor, platformApplication(memberId)).status()).isEqualTo(403);
        assertThat(eventsOf(memberId, "MemberStandingChanged")).isZero();
    }

    @Test
    void aMemberCannotDecideItsOwnApplication() {
        String memberId = registerMember("selfapprover", "LT_100");
        String applicationId = submitPlatform(memberId);
        Api.Reply reply = api.post("/api/v1/applications/" + applicationId + "/approve", Tokens.member(memberId), null);
        assertThat(reply.status()).isEqualTo(403);
    }

    @Test
    void noTokenOrABadTokenIsUnauthenticated() throws JOSEException {
        Api.Reply none = api.post(MEMBERS, null, Map.of());
        Api.Reply forged = api.post(MEMBERS, Tokens.sign("another-secret-that-is-at-least-32-bytes", "eve",
                List.of("staff"), null), Map.of());
        Api.Reply garbage = api.post(MEMBERS, "not-a-jwt", Map.of());
        Api.Reply expired = api.post(MEMBERS, expiredStaffToken(), Map.of());
        assertThat(List.of(none, forged, garbage, expired)).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.text("code")).isEqualTo("UNAUTHENTICATED");
        });
        assertThat(List.of(none, forged, garbage, expired)).as(expired.body())
                .extracting(reply -> reply.text("tokenProblem"))
                .containsExactly("MISSING", "BAD_SIGNATURE", "MALFORMED", "EXPIRED");
        assertThat(List.of(none, forged, garbage, expired)).extracting(reply -> reply.text("detail"))
                .as("each says what was wrong").doesNotHaveDuplicates()
                .allSatisfy(detail -> assertThat(detail).contains("token"));
        assertThat(expired.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void anUnknownPathIsNotFoundAndAReadSentHereNamesTheQuerySide() {
        Api.Reply unknown = api.send("GET", "/no/such/page", Tokens.staff(), null, Map.of());
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.text("code")).isEqualTo("NOT_FOUND");

        Api.Reply read = api.send("GET", "/api/v1/certifications/some-id", Tokens.staff(), null, Map.of());
        assertThat(read.status()).as(read.toString()).isEqualTo(404);
        assertThat(read.text("detail")).contains("query side", "8082");
    }

    /** Issued two hours ago, valid for one. */
    private static String expiredStaffToken() throws JOSEException {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().subject("ana")
                .claim("roles", List.of("staff")).issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(Duration.ofHours(1)))).build());
        jwt.sign(new MACSigner(Tokens.SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private String submitOpenServiceProviderApplication(String memberId) {
        Map<String, Object> application = platformApplication(memberId);
        application.put("type", "SERVICE_PROVIDER");
        application.put("offering", Map.of("name", "Advisory", "url", "https://acme.example/advisory"));
        application.put("capabilities", List.of(Map.of("capabilityId", "finops-assessment",
                "evidenceUrl", "https://acme.example/assessment")));
        Api.Reply reply = api.post("/api/v1/applications", Tokens.staff(), application);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("applicationId");
    }
}
