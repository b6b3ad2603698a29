package org.finops.certification.query.credential;

import org.finops.certification.events.CertificationGranted;
import org.finops.certification.events.CertificationReinstated;
import org.finops.certification.events.CertificationRenewed;
import org.finops.certification.events.CertificationRevoked;
import org.finops.certification.events.CertificationSuspended;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.MemberRegistered;
import org.finops.certification.events.SizeBand;
import org.finops.certification.query.views.QueryApiTestBase;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials issued from the events and checked by verifiers that share no code with the service (jose; Digital
 * Bazaar's vc, data-integrity, eddsa-rdfc-2022 cryptosuite and bitstring status list), the status lists decoded by
 * hand, and the service's own verification naming the check that fails: tampered, wrong issuer, expired, revoked,
 * suspended.
 */
class CredentialsTest extends QueryApiTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VC_JWT = "application/vc+jwt";

    @DynamicPropertySource
    static void keyFile(DynamicPropertyRegistry registry) throws IOException {
        Path file = Files.createTempFile("credential-keys-", ".json");
        Files.writeString(file, IssuerKeys.generate("test").toString(false));
        registry.add("cert.credentials.key-file", file::toString);
    }

    @Test
    void aCertificationsCredentialVerifiesWithOutsideLibrariesUntilItIsRevoked() throws Exception {
        String member = unique("acme");
        String certification = unique("cert");
        Instant granted = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        publish(java.util.List.of(registered(member), new CertificationGranted(member, certification, unique("app"),
                CertificationType.PLATFORM, granted, granted.plus(365, ChronoUnit.DAYS), "2026.1")), "staff-ana");
        long position = stream.publish(new CertificationSuspended(member, unique("other"), "none"), "x").position();
        get("/api/v1/certifications/" + certification, Tokens.staff(), position);

        JsonNode credential = credential(certification, Tokens.member(member)).json();
        String jwt = credential(certification, VC_JWT, Tokens.member(member)).body();
        assertThat(credential(certification, Tokens.member(unique("rival"))).status()).isEqualTo(403);
        assertRequiredFields(credential);
        assertThat(credential.path("credentialSubject").path("identifier").get(0).path("identityHash").asString())
                .isEqualTo(member + " Ltd");
        assertThat(credential.path("credentialSubject").path("achievement").path("name").asString())
                .isEqualTo("FinOps Certified Platform");
        assertThat(credential.path("validFrom").asString()).isEqualTo(granted.toString());
        assertThat(credential.path("proof").path("verificationMethod").asString())
                .startsWith(credential.path("issuer").path("id").asString() + "#");

        JsonNode outside = OutsideVerifiers.verify(verifierInput(Map.of("jwt", jwt),
                Map.of("credential", credential), credential));
        assertThat(outside.path("jwt").path("verified").asBoolean()).as(outside.toString()).isTrue();
        JsonNode claims = outside.path("jwt").path("payload");
        assertThat(claims.path("iss").asString()).isEqualTo(credential.path("issuer").path("id").asString());
        assertThat(claims.path("sub").asString()).isEqualTo(credential.path("credentialSubject").path("id").asString());
        assertThat(claims.path("jti").asString()).isEqualTo(credential.path("id").asString());
        assertThat(claims.path("nbf").asLong()).isEqualTo(granted.getEpochSecond());
        assertThat(claims.path("exp").asLong()).isEqualTo(granted.plus(365, ChronoUnit.DAYS).getEpochSecond());
        assertThat(claims.path("vc").path("type").toString()).contains("OpenBadgeCredential");
        assertThat(outside.path("jwt").path("header").path("alg").asString()).isEqualTo("RS256");
        assertThat(outside.path("credential").path("verified").asBoolean()).as(outside.toString()).isTrue();
        assertThat(outside.path("credential").path("status").toString())
                .isEqualTo("{\"revocation\":false,\"suspension\":false}");
        assertThat(verify(credential).path("valid").asBoolean()).isTrue();
        assertThat(verifyJwt(jwt).path("valid").asBoolean()).isTrue();

        int index = Integer.parseInt(credential.path("credentialStatus").get(0).path("statusListIndex").asString());
        String revocationList = credential.path("credentialStatus").get(0).path("statusListCredential").asString();
        assertThat(bit(revocationList, index)).isFalse();
        long revoked = stream.publish(new CertificationRevoked(member, certification, "fraud"), "staff-ana")
                .position();
        get("/api/v1/certifications/" + certification, Tokens.staff(), revoked);
        assertThat(bit(revocationList, index)).isTrue();
        assertThat(failedChecks(verify(credential))).containsExactly("revocation: revoked");
        assertThat(failedChecks(verifyJwt(jwt))).containsExactly("revocation: revoked");
        JsonNode afterRevocation = OutsideVerifiers.verify(verifierInput(Map.of(), Map.of("credential", credential),
                credential));
        assertThat(afterRevocation.path("credential").path("status").path("revocation").asBoolean())
                .as(afterRevocation.toString()).isTrue();
    }

    @Test
    void aSuspensionSetsItsBitUntilReinstatedAndTamperedWrongIssuerAndExpiredFailForTheirReason() throws Exception {
        String member = unique("suspended");
        String certification = unique("cert");
        String expired = unique("expired");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        publish(java.util.List.of(registered(member), new CertificationGranted(member, certification, unique("app"),
                        CertificationType.SERVICE_PROVIDER, now.minus(10, ChronoUnit.DAYS),
                        now.plus(300, ChronoUnit.DAYS), "2026.1"),
                new CertificationGranted(member, expired, unique("app"), CertificationType.PLATFORM,
                        now.minus(800, ChronoUnit.DAYS), now.minus(70, ChronoUnit.DAYS), "2024.1")), "staff-ana");
        long suspended = stream.publish(new CertificationSuspended(member, certification, "unpaid"), "staff-ana")
                .position();
        get("/api/v1/certifications/" + certification, Tokens.staff(), suspended);
        ObjectNode credential = (ObjectNode) credential(certification, Tokens.staff()).json();
        String list = credential.path("credentialStatus").get(1).path("statusListCredential").asString();
        int index = Integer.parseInt(credential.path("credentialStatus").get(1).path("statusListIndex").asString());
        assertThat(credential.path("credentialStatus").get(1).path("statusPurpose").asString()).isEqualTo("suspension");
        assertThat(bit(list, index)).isTrue();
        assertThat(failedChecks(verify(credential))).containsExactly("suspension: suspended");
        JsonNode outside = OutsideVerifiers.verify(verifierInput(Map.of(), Map.of("suspended", credential),
                credential));
        assertThat(outside.path("suspended").path("status").toString()).as(outside.toString())
                .isEqualTo("{\"revocation\":false,\"suspension\":true}");

        long reinstated = stream.publish(new CertificationReinstated(member, certification, "paid"), "staff-ana")
                .position();
        get("/api/v1/certifications/" + certification, Tokens.staff(), reinstated);
        assertThat(bit(list, index)).isFalse();
        assertThat(verify(credential).path("valid").asBoolean()).isTrue();

        ObjectNode tampered = credential.deepCopy();
        tampered.put("validUntil", now.plus(3000, ChronoUnit.DAYS).toString());
        assertThat(failedChecks(verify(tampered))).containsExactly(
                "signature: the eddsa-rdfc-2022 proof does not match the credential");
        ObjectNode otherIssuer = credential.deepCopy();
        ((ObjectNode) otherIssuer.get("issuer")).put("id", "did:web:certificates.example");
        assertThat(failedChecks(verify(otherIssuer))).contains(
                "issuer: issued by did:web:certificates.example, not by " + credential.path("issuer").path("id")
                        .asString());
        String jwt = credential(certification, VC_JWT, Tokens.staff()).body();
        String[] parts = jwt.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertThat(failedChecks(verifyJwt(forged))).containsExactly(
                "signature: the RS256 signature does not match the credential");
        JsonNode outsideForged = OutsideVerifiers.verify(verifierInput(Map.of("forged", forged),
                Map.of("tampered", tampered, "otherIssuer", otherIssuer), credential));
        assertThat(outsideForged.path("tampered").path("verified").asBoolean()).as(outsideForged.toString()).isFalse();
        assertThat(outsideForged.path("otherIssuer").path("verified").asBoolean()).isFalse();
        assertThat(outsideForged.path("forged").path("error").asString())
                .startsWith("ERR_JWS_SIGNATURE_VERIFICATION_FAILED");

        JsonNode old = credential(expired, Tokens.staff()).json();
        assertThat(failedChecks(verify(old))).containsExactly("validityPeriod: expired at "
                + now.minus(70, ChronoUnit.DAYS));
        JsonNode outsideOld = OutsideVerifiers.verify(verifierInput(Map.of("expiredJwt",
                credential(expired, VC_JWT, Tokens.staff()).body()), Map.of("expired", old), old));
        assertThat(outsideOld.path("expired").path("verified").asBoolean()).isFalse();
        assertThat(outsideOld.path("expired").path("error").asString()).contains("is after \"validUntil\"");
        assertThat(outsideOld.path("expiredJwt").path("error").asString()).startsWith("ERR_JWT_EXPIRED");
    }

    @Test
    void aRenewalIssuesANewCredentialAndTheOldOneStaysValidUntilItsOwnEnd() throws Exception {
        String member = unique("renewing");
        String certification = unique("cert");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant end = now.plus(20, ChronoUnit.DAYS);
        publish(java.util.List.of(registered(member), new CertificationGranted(member, certification, unique("app"),
                CertificationType.PLATFORM, now.minus(345, ChronoUnit.DAYS), end, "2025.1")), "staff-ana");
        long position = stream.publish(new CertificationSuspended(member, unique("x"), "none"), "x").position();
        get("/api/v1/certifications/" + certification, Tokens.staff(), position);
        JsonNode before = credential(certification, Tokens.member(member)).json();

        Instant renewedAt = now.minus(1, ChronoUnit.HOURS);
        long renewed = stream.publish(new CertificationRenewed(member, certification, unique("app"),
                CertificationType.PLATFORM, end, end, end.plus(365, ChronoUnit.DAYS), "2026.1"), "staff-ana",
                renewedAt).position();
        get("/api/v1/certifications/" + certification, Tokens.staff(), renewed);
        JsonNode after = credential(certification, Tokens.member(member)).json();
        assertThat(after.path("id").asString()).isNotEqualTo(before.path("id").asString());
        assertThat(after.path("validFrom").asString()).as("renewed early: valid from the renewal")
                .isEqualTo(renewedAt.toString());
        assertThat(after.path("validUntil").asString()).isEqualTo(end.plus(365, ChronoUnit.DAYS).toString());
        assertThat(after.path("credentialStatus")).isEqualTo(before.path("credentialStatus"));
        assertThat(verify(before).path("valid").asBoolean()).isTrue();
        assertThat(verify(after).path("valid").asBoolean()).isTrue();
        assertThat(get("/api/v1/verifications/certifications/" + certification, null).json().path("checks").size())
                .isEqualTo(5);
    }

    @Test
    void theStatusListsAndKeysArePublicAndTheListsHoldTheMinimumLength() throws Exception {
        String member = unique("listed");
        String certification = unique("cert");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long position = publish(java.util.List.of(registered(member), new CertificationGranted(member, certification,
                unique("app"), CertificationType.PLATFORM, now, now.plus(365, ChronoUnit.DAYS), "2026.1")), "staff");
        get("/api/v1/certifications/" + certification, Tokens.staff(), position);
        JsonNode credential = credential(certification, Tokens.staff()).json();
        String list = credential.path("credentialStatus").get(0).path("statusListCredential").asString();
        JsonNode statusList = publicGet(list).json();
        assertThat(statusList.path("type").toString()).contains("BitstringStatusListCredential");
        assertThat(decode(statusList.path("credentialSubject").path("encodedList").asString()))
                .hasSize(StatusIndexes.LIST_LENGTH / 8);
        assertThat(statusList.path("proof").path("cryptosuite").asString()).isEqualTo("eddsa-rdfc-2022");
        assertThat(publicGet(path(list).replace("revocation", "expiry")).status()).isEqualTo(404);
        assertThat(publicGet("/credentials/status/revocation/999").status()).isEqualTo(404);
        assertThat(publicGet(credential.path("credentialSubject").path("achievement").path("id").asString()).json()
                .path("name").asString()).isEqualTo("FinOps Certified Platform");
        assertThat(get("/.well-known/jwks.json", null).json().path("keys").size()).isEqualTo(2);
        assertThat(get("/.well-known/did.json", null).json().path("id").asString())
                .isEqualTo(credential.path("issuer").path("id").asString());
        Api.Reply refused = api.send("POST", "/api/v1/verifications", null, "{\"credential\": 1}", Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        Api.Reply tooLarge = api.send("POST", "/api/v1/verifications", null,
                "\"" + "x".repeat(70_000) + "\"", Map.of());
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("is larger than the 65536 bytes a request may carry");
    }

    private Api.Reply credential(String certification, String token) {
        return api.send("GET", "/api/v1/certifications/" + certification + "/credential", token, null,
                Map.of("Accept", "application/json"));
    }

    private Api.Reply credential(String certification, String accept, String token) {
        Api.Reply reply = api.send("GET", "/api/v1/certifications/" + certification + "/credential", token, null,
                Map.of("Accept", accept));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }

    private JsonNode verify(JsonNode credential) {
        Api.Reply reply = api.send("POST", "/api/v1/verifications", null, JSON.writeValueAsString(credential),
                Map.of());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private JsonNode verifyJwt(String jwt) {
        Api.Reply reply = api.send("POST", "/api/v1/verifications", null, jwt, Map.of("Content-Type", VC_JWT));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static java.util.List<String> failedChecks(JsonNode verification) {
        java.util.List<String> failed = new java.util.ArrayList<>();
        verification.path("checks").forEach(check -> {
            if (!check.path("passed").asBoolean()) {
                failed.add(check.path("check").asString() + ": " + check.path("detail").asString());
            }
        });
        assertThat(verification.path("valid").asBoolean()).isEqualTo(failed.isEmpty());
        return failed;
    }

    /** The bit of a status list, decoded by hand: multibase base64url, GZIP, index 0 the left-most bit. */
    private boolean bit(String listUrl, int index) throws IOException {
        byte[] bits = decode(publicGet(listUrl).json().path("credentialSubject").path("encodedList").asString());
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    private static byte[] decode(String encodedList) throws IOException {
        assertThat(encodedList).startsWith("u");
        byte[] zipped = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return in.readAllBytes();
        }
    }

    private Api.Reply publicGet(String url) {
        return api.send("GET", path(url), null, null, Map.of("Accept", "application/json"));
    }

    /** The credentials name the service at its configured public address; the test reaches it on its own port. */
    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    /** What the outside verifiers' static loader may serve: as the service serves it, fetched over HTTP here. */
    private Map<String, Object> verifierInput(Map<String, String> jwts, Map<String, JsonNode> credentials,
                                              JsonNode credential) {
        String issuer = credential.path("issuer").path("id").asString();
        Map<String, Object> documents = new HashMap<>();
        documents.put(issuer, get("/.well-known/did.json", null).json());
        documents.put(PinnedContexts.OPEN_BADGES_V3,
                get("/credentials/contexts/ob-context-3.0.3.json", null).json());
        credential.path("credentialStatus").forEach(entry -> {
            String list = entry.path("statusListCredential").asString();
            documents.put(list, publicGet(list).json());
        });
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("now", Instant.now().toString());
        input.put("issuer", issuer);
        input.put("jwks", get("/.well-known/jwks.json", null).json());
        input.put("jwts", jwts);
        input.put("credentials", credentials);
        input.put("documents", documents);
        return input;
    }

    /** The fields Open Badges 3.0 and the VC Data Model 2.0 require, class by class. */
    private static void assertRequiredFields(JsonNode credential) {
        assertThat(credential.path("@context").get(0).asString()).isEqualTo("https://www.w3.org/ns/credentials/v2");
        assertThat(credential.path("@context").toString()).contains("ob/v3p0/context-3.0.3.json");
        assertThat(credential.path("type").toString()).contains("VerifiableCredential", "OpenBadgeCredential");
        assertHas(credential, "id", "issuer", "validFrom", "credentialSubject", "name", "credentialStatus", "proof");
        assertHas(credential.path("issuer"), "id", "type", "name");
        assertThat(credential.path("issuer").path("type").toString()).contains("Profile");
        JsonNode subject = credential.path("credentialSubject");
        assertHas(subject, "id", "type", "achievement");
        assertThat(subject.path("type").toString()).contains("AchievementSubject");
        assertHas(subject.path("identifier").get(0), "type", "hashed", "identityHash", "identityType");
        JsonNode achievement = subject.path("achievement");
        assertHas(achievement, "id", "type", "criteria", "description", "name");
        assertThat(achievement.path("achievementType").asString()).isEqualTo("Certification");
        assertThat(achievement.path("criteria").path("narrative").asString()).contains("2026.1");
        credential.path("credentialStatus").forEach(entry -> assertHas(entry, "id", "type", "statusPurpose",
                "statusListIndex", "statusListCredential"));
        assertHas(credential.path("proof"), "type", "cryptosuite", "created", "verificationMethod", "proofPurpose",
                "proofValue");
    }

    private static void assertHas(JsonNode node, String... fields) {
        for (String field : fields) {
            assertThat(node.has(field)).as(field + " in " + node).isTrue();
        }
    }

    private static MemberRegistered registered(String member) {
        return new MemberRegistered(member, member + " Ltd", SizeBand.LT_100, true, "certs@" + member + ".example");
    }
}
