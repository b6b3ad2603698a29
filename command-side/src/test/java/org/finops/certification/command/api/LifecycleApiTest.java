package org.finops.certification.command.api;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The done-when: the whole write side of a certification over HTTP. */
class LifecycleApiTest extends ApiTestBase {

    @Test
    void staffCertifyAPlatformForTwelveMonths() {
        String memberId = platformReadyMember("acme");
        String applicationId = submitPlatform(memberId);

        Instant before = Instant.now();
        Api.Reply approval = api.post("/api/v1/applications/" + applicationId + "/approve", Tokens.staff(),
                Map.of("comment", "all criteria met"));

        assertThat(approval.status()).as(approval.toString()).isEqualTo(200);
        Instant validUntil = Instant.parse(approval.text("validUntil"));
        Instant expected = before.atZone(ZoneOffset.UTC).plusMonths(12).toInstant();
        assertThat(validUntil).isBetween(expected.minus(1, ChronoUnit.MINUTES), expected.plus(1, ChronoUnit.MINUTES));
        assertThat(approval.text("certificationId")).isNotBlank();
        assertThat(Long.parseLong(approval.header("X-Event-Position"))).isPositive();
        assertThat(eventsOf(memberId, "CertificationGranted")).isEqualTo(1);
    }

    @Test
    void oneCertificationFewerIsRefusedWithWhatIsMissing() {
        String memberId = registerMember("thin", "500_4999");
        recordCredentials(memberId, "PRACTITIONER", 30);
        recordCredentials(memberId, "ENGINEER", 19);
        recordCredentials(memberId, "PROFESSIONAL", 3);
        recordCredentials(memberId, "FOCUS_ANALYST", 15);
        String applicationId = submitPlatform(memberId);

        Api.Reply refusal = api.post("/api/v1/applications/" + applicationId + "/approve", Tokens.staff(),
                Map.of("comment", "try"));

        assertThat(refusal.status()).as(refusal.toString()).isEqualTo(422);
        assertThat(refusal.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refusal.text("code")).isEqualTo("REQUIREMENTS_NOT_MET");
        assertThat(refusal.json().path("missing").get(0).path("requirement").asString()).isEqualTo("PRACTITIONER");
        assertThat(refusal.json().path("missing").get(0).path("required").asInt()).isEqualTo(50);
        assertThat(refusal.json().path("missing").get(0).path("held").asInt()).isEqualTo(49);
        assertThat(refusal.json().path("missing").size()).isEqualTo(1);
        assertThat(eventsOf(memberId, "CertificationGranted")).isZero();
    }

    @Test
    void aWithdrawnCredentialNoLongerCounts() {
        String memberId = platformReadyMember("leaver");
        String applicationId = submitPlatform(memberId);
        Api.Reply withdrawn = api.send("DELETE", MEMBERS + "/" + memberId + "/individual-certifications/"
                + memberId + "-PROFESSIONAL-0?reason=left", Tokens.member(memberId), null, Map.of());
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

        Api.Reply refusal = api.post("/api/v1/applications/" + applicationId + "/approve", Tokens.staff(), null);

        assertThat(refusal.text("code")).isEqualTo("REQUIREMENTS_NOT_MET");
        assertThat(refusal.json().path("missing").get(0).path("requirement").asString()).isEqualTo("PROFESSIONAL");
    }

    @Test
    void aRenewalContinuesFromTheOldExpiry() {
        String memberId = certifiedMember("renewer");
        String certificationId = certificationOf(memberId);
        Api.Reply renewal = api.post("/api/v1/certifications/" + certificationId + "/renewals",
                Tokens.member(memberId), platformRenewal());
        assertThat(renewal.status()).as(renewal.toString()).isEqualTo(201);

        Api.Reply approval = api.post("/api/v1/applications/" + renewal.text("applicationId") + "/approve",
                Tokens.staff(), Map.of("comment", "renewed"));

        assertThat(approval.status()).as(approval.toString()).isEqualTo(200);
        assertThat(approval.text("certificationId")).isEqualTo(certificationId);
        Instant renewedUntil = Instant.parse(approval.text("validUntil"));
        assertThat(renewedUntil).isAfter(Instant.now().atZone(ZoneOffset.UTC).plusMonths(23).toInstant());
    }

    @Test
    void staffRejectAndMembersWithdraw() {
        String memberId = registerMember("undecided", "LT_100");
        String first = submitPlatform(memberId);
        Api.Reply rejected = api.post("/api/v1/applications/" + first + "/reject", Tokens.staff(),
                Map.of("reason", "evidence is not public"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);

        String second = submitPlatform(memberId);
        Api.Reply withdrawn = api.post("/api/v1/applications/" + second + "/withdraw", Tokens.member(memberId),
                Map.of("reason", "not ready"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

        Api.Reply again = api.post("/api/v1/applications/" + second + "/withdraw", Tokens.member(memberId), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("INVALID_STATE");
    }

    @Test
    void staffRevokeAndImportLegacyCertifications() {
        String memberId = certifiedMember("revoked");
        Api.Reply revoked = api.post("/api/v1/certifications/" + certificationOf(memberId) + "/revoke",
                Tokens.staff(), Map.of("reason", "badge misuse"));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);

        String legacyMember = registerMember("legacy", "LT_100");
        Api.Reply imported = api.post("/api/v1/legacy-certifications", Tokens.staff(), Map.of("memberId", legacyMember,
                "legacyType", "LEGACY_SPECIALTY_SOLUTION", "grantedOn", "2025-03-01", "expiresOn", "2027-03-01",
                "externalReference", "LEG-2025-17"));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(eventsOf(legacyMember, "LegacyCertificationImported")).isEqualTo(1);
    }

    @Test
    void staffPublishPolicyVersionsWhichNeverChange() {
        Map<String, Object> policy = PolicyDocuments.shippedWith("validity", "P24M");
        String version = "test-" + System.nanoTime();
        Api.Reply published = api.put("/api/v1/policies/" + version, Tokens.staff(), policy);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(api.put("/api/v1/policies/" + version, Tokens.staff(), policy).status()).isEqualTo(200);

        Api.Reply changed = api.put("/api/v1/policies/" + version, Tokens.staff(),
                PolicyDocuments.shippedWith("validity", "P6M"));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.text("code")).isEqualTo("INVALID_STATE");
        assertThat(eventsOf(version, "PolicyPublished")).isEqualTo(1);

        Api.Reply invalid = api.put("/api/v1/policies/bad-" + version, Tokens.staff(),
                PolicyDocuments.shippedWith("validity", "a year"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("validity");
    }
}
